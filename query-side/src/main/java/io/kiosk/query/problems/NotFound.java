package io.kiosk.query.problems;

/** What was asked for does not exist in the read model. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message, null, false, false);
    }
}
