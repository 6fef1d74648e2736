package io.kiosk.api.analytics;

import java.util.Objects;

/** Orders placed in each hour of the week (7 × 24 cells, mall time), and how many of them were paid. Answered with a list of {@link HeatMapCell}. */
public record OrderHeatMap(ReportPeriod period) {

    public OrderHeatMap {
        Objects.requireNonNull(period, "period is required");
    }
}
