package io.kiosk.api.analytics;

import java.util.Objects;

/** Revenue, units and orders per category and currency, from the order lines' labels. Answered with a list of {@link CategorySales}. */
public record SalesByCategory(ReportPeriod period) {

    public SalesByCategory {
        Objects.requireNonNull(period, "period is required");
    }
}
