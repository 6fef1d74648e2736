package io.kiosk.api.analytics;

import jakarta.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonFormat;
import io.kiosk.api.catalog.ProductId;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * Of a product's units and money in orders paid in the period, how much has been refunded (at any time):
 * {@code unitRate} is units refunded over units sold, {@code amountRate} money refunded over money taken,
 * both to four decimals (absent when nothing was sold).
 */
public record ProductRefundRate(ProductId productId,
                                @Nullable String nameZh,
                                @Nullable String nameEn,
                                Currency currency,
                                long unitsSold,
                                long unitsRefunded,
                                @Nullable BigDecimal unitRate,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountSold,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountRefunded,
                                @Nullable BigDecimal amountRate) {
}
