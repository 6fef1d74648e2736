package io.kiosk.infra.embedded;

/**
 * Thrown when embedded infrastructure (Elasticsearch, PostgreSQL) cannot be started, used or stopped.
 * Unchecked, because callers (tests, the local run command) cannot recover: the message says what to do instead.
 */
public class EmbeddedInfrastructureException extends RuntimeException {

    public EmbeddedInfrastructureException(String message) {
        super(message);
    }

    public EmbeddedInfrastructureException(String message, Throwable cause) {
        super(message, cause);
    }
}
