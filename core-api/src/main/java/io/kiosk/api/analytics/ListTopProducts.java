package io.kiosk.api.analytics;

import java.util.Objects;

/**
 * The best-selling products of the period, the first {@code limit} per currency, ranked by units sold or by
 * revenue. Answered with a list of {@link TopProduct}.
 */
public record ListTopProducts(ReportPeriod period, int limit, Ranking rankedBy) {

    public static final int MAX_LIMIT = 100;

    /** What makes a product rank higher; ties go to the other figure, then to the product id. */
    public enum Ranking {
        UNITS,
        REVENUE
    }

    public ListTopProducts {
        Objects.requireNonNull(period, "period is required");
        Objects.requireNonNull(rankedBy, "rankedBy is required");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("must be between 1 and " + MAX_LIMIT);
        }
    }
}
