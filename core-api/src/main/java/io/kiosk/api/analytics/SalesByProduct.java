package io.kiosk.api.analytics;

import java.util.Objects;

/** Revenue, units and orders per product and currency. Answered with a list of {@link ProductSales}. */
public record SalesByProduct(ReportPeriod period) {

    public SalesByProduct {
        Objects.requireNonNull(period, "period is required");
    }
}
