package io.kiosk.api.analytics;

import jakarta.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonFormat;
import io.kiosk.api.catalog.ProductId;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * A product's sales in one currency over the period, counted as {@link CategorySales} counts a category's, with
 * the name and category it was last sold as in the period.
 */
public record ProductSales(ProductId productId,
                           @Nullable String nameZh,
                           @Nullable String nameEn,
                           @Nullable String category,
                           Currency currency,
                           long units,
                           long orders,
                           @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal gross,
                           @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal refunded,
                           @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal net,
                           @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal averageOrderValue) {
}
