package io.kiosk.security.http;

/**
 * How large a request body to paths starting with {@code pathPrefix} may be, and the problem type a larger one is
 * answered with (413). An application declares a bean of it for endpoints that need less than the
 * {@linkplain HttpLimits#maxRequestBody() general limit}, such as the payment providers' notifications.
 */
public record BodyLimit(String pathPrefix, long maxBytes, String problemType, String title) {

    public BodyLimit {
        if (pathPrefix == null || !pathPrefix.startsWith("/")) {
            throw new IllegalArgumentException("a body limit applies to a path prefix such as /api/payments/");
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("a body limit is at least one byte");
        }
    }
}
