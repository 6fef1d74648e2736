package io.kiosk.api.payment;

import java.time.Instant;
import java.util.Objects;

/**
 * What the risk check counts, looked up for the customer before a payment is requested and carried in
 * {@link RequestPayment}, so that the payment judges from the command alone: the customer's payments in the hour
 * before {@code asOf} ({@code attemptsLastHour}) and those of them the provider failed ({@code failuresLastHour}),
 * and when their account was opened ({@code accountCreatedAt}, {@code null} when there is no account to ask).
 */
public record RiskFigures(int attemptsLastHour, int failuresLastHour, Instant accountCreatedAt, Instant asOf) {

    public RiskFigures {
        if (attemptsLastHour < 0 || failuresLastHour < 0) {
            throw new IllegalArgumentException("counts of payments cannot be negative");
        }
        Objects.requireNonNull(asOf, "the moment the figures were looked up is required");
    }

    /** A customer with no payments in the last hour and no account to ask about, as of {@code asOf}. */
    public static RiskFigures none(Instant asOf) {
        return new RiskFigures(0, 0, null, asOf);
    }
}
