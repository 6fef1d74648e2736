package io.kiosk.command.idempotency;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param retention       how long a key and its answer are kept; a retry after that is a new request
 * @param inProgressWait  how long a retry waits for the first request with its key to end (to answer with that
 *                        request's answer) before it is answered 409 with {@code Retry-After}; it holds a database
 *                        connection meanwhile, so this stays short
 * @param cleanupInterval how often expired keys are deleted
 */
@ConfigurationProperties("kiosk.idempotency")
record IdempotencyProperties(Duration retention, Duration inProgressWait, Duration cleanupInterval) {

    IdempotencyProperties {
        retention = retention == null ? Duration.ofHours(24) : retention;
        inProgressWait = inProgressWait == null ? Duration.ofSeconds(2) : inProgressWait;
        cleanupInterval = cleanupInterval == null ? Duration.ofHours(1) : cleanupInterval;
    }
}
