package io.kiosk.command.refund;

import io.kiosk.api.customer.DeliveryAddress;
import io.kiosk.api.customer.PhoneNumber;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * The refund rules and the payout's patience ({@code kiosk.refunds.*}).
 *
 * @param returnWindow        how long after delivery a refund may be asked for (7 days)
 * @param autoApproveBelow    a refund below this (in {@code currency}) of an order not yet delivered needs no
 *                            review (100.00; 0 turns it off)
 * @param currency            the currency of {@code autoApproveBelow} (CNY)
 * @param returnDeadline      how long a customer has to send the goods back once the return is authorised (14 days)
 * @param returnAddress       where goods come back to
 * @param maxAttempts         how often the provider is asked before the refund is escalated to the back office (5)
 * @param retryBackoff        the pause after the first failed attempt, doubled after each further one (1 minute)
 * @param maxBackoff          the longest pause between attempts (1 hour)
 * @param confirmationTimeout how long a refund the provider accepted may wait for its confirmation before it is
 *                            escalated (24 hours)
 */
@ConfigurationProperties("kiosk.refunds")
public record RefundProperties(Duration returnWindow, BigDecimal autoApproveBelow, String currency, Duration returnDeadline,
                               ReturnAddress returnAddress, Integer maxAttempts, Duration retryBackoff, Duration maxBackoff,
                               Duration confirmationTimeout) {

    @ConstructorBinding
    public RefundProperties {
        returnWindow = returnWindow == null ? Duration.ofDays(7) : returnWindow;
        autoApproveBelow = autoApproveBelow == null ? new BigDecimal("100.00") : autoApproveBelow;
        currency = currency == null || currency.isBlank() ? "CNY" : currency.strip();
        returnDeadline = positive("return-deadline", returnDeadline == null ? Duration.ofDays(14) : returnDeadline);
        maxAttempts = maxAttempts == null ? 5 : maxAttempts;
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("kiosk.refunds.max-attempts must be at least 1");
        }
        retryBackoff = positive("retry-backoff", retryBackoff == null ? Duration.ofMinutes(1) : retryBackoff);
        maxBackoff = positive("max-backoff", maxBackoff == null ? Duration.ofHours(1) : maxBackoff);
        confirmationTimeout = positive("confirmation-timeout", confirmationTimeout == null ? Duration.ofHours(24) : confirmationTimeout);
    }

    /** The defaults, with this many attempts and this first pause (for tests of the payout). */
    public RefundProperties(int maxAttempts, Duration retryBackoff) {
        this(null, null, null, null, null, maxAttempts, retryBackoff, null, null);
    }

    /** The pause after failed attempt number {@code attempt} (1, 2, ...): the first pause, doubled each time, at most the longest. */
    public Duration backoffAfter(int attempt) {
        Duration pause = retryBackoff.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 30));
        return pause.compareTo(maxBackoff) > 0 ? maxBackoff : pause;
    }

    private static Duration positive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("kiosk.refunds." + name + " must be positive");
        }
        return value;
    }

    /** Where returned goods are sent, as configured. */
    public record ReturnAddress(String recipient, String phone, String line1, String line2, String city, String region,
                                String postalCode, String country) {

        DeliveryAddress toAddress() {
            return new DeliveryAddress(recipient, new PhoneNumber(phone == null ? "" : phone), line1, line2, city, region,
                    postalCode, country);
        }
    }
}
