package io.kiosk.query.problems;

/**
 * A caller asked for one live stream more than one caller may hold open at once: answered 429 with
 * {@code Retry-After}, since a stream the caller closes (or that ends) frees its place.
 */
public class TooManyStreams extends RuntimeException {

    /** Time enough for a closed stream to be noticed (a heartbeat finds a client gone within 15 seconds). */
    public static final int RETRY_AFTER_SECONDS = 15;

    private final int max;

    public TooManyStreams(int max) {
        super("you have " + max + " live streams open, as many as one caller may; close one and ask again", null, false, false);
        this.max = max;
    }

    public int max() {
        return max;
    }
}
