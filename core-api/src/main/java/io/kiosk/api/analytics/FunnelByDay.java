package io.kiosk.api.analytics;

import java.util.Objects;

/** Carts created per day, and how many of them were checked out, paid and refunded. Answered with a list of {@link FunnelDay}. */
public record FunnelByDay(ReportPeriod period) {

    public FunnelByDay {
        Objects.requireNonNull(period, "period is required");
    }
}
