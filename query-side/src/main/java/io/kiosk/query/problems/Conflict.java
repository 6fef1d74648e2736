package io.kiosk.query.problems;

/**
 * What was asked for cannot be done in the state things are in now (a replay already running): answered
 * 409 with the problem type {@code /problems/{type}}, so that a client can tell one conflict from another.
 */
public class Conflict extends RuntimeException {

    private final String type;

    public Conflict(String type, String message) {
        super(message, null, false, false);
        this.type = type;
    }

    public String type() {
        return type;
    }
}
