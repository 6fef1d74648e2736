package io.kiosk.command.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How the outbox worker sends ({@code kiosk.outbox.*}).
 *
 * @param pollInterval how often each instance looks for mails due (a mail committed on this instance wakes it at once)
 * @param maxAttempts  tries before a mail is given up (and listed as undelivered)
 * @param retryBackoff the pause after the first failed try, doubled after each further one
 * @param maxBackoff   the longest pause between two tries
 * @param retention    how long a sent or given-up mail's row is kept (its key stops a redelivered event mailing again)
 */
@ConfigurationProperties("kiosk.outbox")
public record OutboxProperties(Duration pollInterval, int maxAttempts, Duration retryBackoff, Duration maxBackoff,
                               Duration retention) {

    public OutboxProperties {
        pollInterval = positive("poll-interval", pollInterval, Duration.ofSeconds(5));
        maxAttempts = maxAttempts == 0 ? 8 : maxAttempts;
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("kiosk.outbox.max-attempts must be at least 1");
        }
        retryBackoff = positive("retry-backoff", retryBackoff, Duration.ofSeconds(30));
        maxBackoff = positive("max-backoff", maxBackoff, Duration.ofMinutes(30));
        retention = positive("retention", retention, Duration.ofDays(30));
    }

    /** The pause after the {@code attempts}-th failed try: the back-off doubled each time, never above the maximum. */
    Duration pauseAfter(int attempts) {
        Duration pause = retryBackoff;
        for (int n = 1; n < attempts && pause.compareTo(maxBackoff) < 0; n++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(maxBackoff) > 0 ? maxBackoff : pause;
    }

    private static Duration positive(String name, Duration value, Duration otherwise) {
        if (value == null) {
            return otherwise;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("kiosk.outbox." + name + " must be positive");
        }
        return value;
    }
}
