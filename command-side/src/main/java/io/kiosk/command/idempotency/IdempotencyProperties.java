package io.kiosk.command.idempotency;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param retention         how long a key and its answer are kept; a retry after that is a new request
 * @param inProgressTimeout a key still in progress after this is taken as abandoned (its instance died
 *                          before answering) and may be claimed again; far longer than any request runs
 * @param cleanupInterval   how often expired keys are deleted
 */
@ConfigurationProperties("kiosk.idempotency")
record IdempotencyProperties(Duration retention, Duration inProgressTimeout, Duration cleanupInterval) {

    IdempotencyProperties {
        retention = retention == null ? Duration.ofHours(24) : retention;
        inProgressTimeout = inProgressTimeout == null ? Duration.ofMinutes(5) : inProgressTimeout;
        cleanupInterval = cleanupInterval == null ? Duration.ofHours(1) : cleanupInterval;
    }
}
