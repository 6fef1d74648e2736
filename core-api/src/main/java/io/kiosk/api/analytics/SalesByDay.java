package io.kiosk.api.analytics;

import java.util.Objects;

/** Revenue, orders and average order value per day and currency. Answered with a list of {@link DailySales}. */
public record SalesByDay(ReportPeriod period) {

    public SalesByDay {
        Objects.requireNonNull(period, "period is required");
    }
}
