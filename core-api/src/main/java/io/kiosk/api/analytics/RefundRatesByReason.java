package io.kiosk.api.analytics;

import java.util.Objects;

/** Of the units and money of orders paid in the period, how much was refunded, per refund reason. Answered with a list of {@link ReasonRefundRate}. */
public record RefundRatesByReason(ReportPeriod period) {

    public RefundRatesByReason {
        Objects.requireNonNull(period, "period is required");
    }
}
