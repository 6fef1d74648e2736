package io.kiosk.command.payment;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How the {@link ProviderAdapter} calls a provider ({@code kiosk.payments.calls.*}): each call's timeouts
 * ({@code connect-timeout}, 2 s; {@code read-timeout}, 5 s), and how often a provider that is down or answers with a
 * server error is tried before the adapter reports the failure ({@code attempts}, 3), with a pause of {@code backoff}
 * (500 ms) that doubles after each try, at most {@code max-backoff} (4 s). The longest one payment's call can take is
 * {@link #longestCall()}: a provider that never answers costs its payment that, and no other payment anything.
 */
@ConfigurationProperties("kiosk.payments.calls")
public record ProviderCallProperties(Duration connectTimeout, Duration readTimeout, Integer attempts, Duration backoff,
                                     Duration maxBackoff) {

    public ProviderCallProperties {
        connectTimeout = connectTimeout == null ? ProviderHttp.Timeouts.DEFAULT.connect() : connectTimeout;
        readTimeout = readTimeout == null ? ProviderHttp.Timeouts.DEFAULT.read() : readTimeout;
        attempts = attempts == null ? 3 : attempts;
        backoff = backoff == null ? Duration.ofMillis(500) : backoff;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(4) : maxBackoff;
        if (attempts < 1 || attempts > 10) {
            throw new IllegalArgumentException("kiosk.payments.calls.attempts must be 1 to 10");
        }
        if (backoff.isNegative() || maxBackoff.compareTo(backoff) < 0) {
            throw new IllegalArgumentException("kiosk.payments.calls.backoff must be at least 0 and at most max-backoff");
        }
    }

    ProviderHttp.Timeouts timeouts() {
        return new ProviderHttp.Timeouts(connectTimeout, readTimeout);
    }

    /** The pause after try {@code attempt} (1 for the first) failed: {@code backoff}, doubled each time, at most {@code max-backoff}. */
    Duration pauseAfter(int attempt) {
        Duration pause = backoff.multipliedBy(1L << Math.min(attempt - 1, 20));
        return pause.compareTo(maxBackoff) > 0 ? maxBackoff : pause;
    }

    /** Every try timing out after connecting, with every pause between: the most one provider call costs. */
    public Duration longestCall() {
        Duration total = Duration.ZERO;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            total = total.plus(connectTimeout).plus(readTimeout);
            if (attempt < attempts) {
                total = total.plus(pauseAfter(attempt));
            }
        }
        return total;
    }
}
