package io.kiosk.security.http;

import java.io.IOException;
import java.util.Optional;

/**
 * A request body grew past its limit while it was being read (it was sent without a length, or with a false
 * one). Whatever was reading it fails with this, and the application answers 413 with {@link #problemType()}.
 */
public class BodyTooLarge extends IOException {

    private final long limit;
    private final String problemType;

    public BodyTooLarge(long limit, String problemType) {
        super("request body larger than " + limit + " bytes");
        this.limit = limit;
        this.problemType = problemType;
    }

    public long limit() {
        return limit;
    }

    public String problemType() {
        return problemType;
    }

    /** The first {@code BodyTooLarge} among {@code failure} and its causes, if any. */
    public static Optional<BodyTooLarge> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof BodyTooLarge tooLarge) {
                return Optional.of(tooLarge);
            }
        }
        return Optional.empty();
    }
}
