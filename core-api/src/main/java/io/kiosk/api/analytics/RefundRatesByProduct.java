package io.kiosk.api.analytics;

import java.util.Objects;

/** Of the units and money of orders paid in the period, how much was refunded, per product. Answered with a list of {@link ProductRefundRate}. */
public record RefundRatesByProduct(ReportPeriod period) {

    public RefundRatesByProduct {
        Objects.requireNonNull(period, "period is required");
    }
}
