package io.kiosk.query.problems;

/**
 * What was asked for needs a store that is out of reach right now (Elasticsearch, for a search index's rebuild):
 * answered 503 {@code /problems/{type}} with {@code Retry-After}, since nothing is wrong with the request.
 */
public class Unavailable extends RuntimeException {

    /** Long enough for a restarted node to answer, short enough for a person waiting. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private final String type;

    public Unavailable(String type, String message) {
        super(message, null, false, false);
        this.type = type;
    }

    public String type() {
        return type;
    }
}
