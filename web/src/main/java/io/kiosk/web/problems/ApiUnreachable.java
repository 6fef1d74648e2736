package io.kiosk.web.problems;

/**
 * An API could not be reached, or failed, while the web app did something on its own account (refreshing a login's
 * tokens): the shopper sees the "unavailable" page, as for any API that cannot answer.
 */
public class ApiUnreachable extends RuntimeException {

    public ApiUnreachable(String message, Throwable cause) {
        super(message, cause);
    }
}
