package io.kiosk.api.analytics;

import jakarta.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonFormat;
import io.kiosk.api.catalog.ProductId;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * A product's place among the best sellers of the period in one currency ({@code rank} from 1), with the units,
 * paid orders and revenue (its lines' totals, before refunds) of orders paid in the period.
 */
public record TopProduct(int rank,
                         ProductId productId,
                         @Nullable String nameZh,
                         @Nullable String nameEn,
                         @Nullable String category,
                         Currency currency,
                         long units,
                         long orders,
                         @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal revenue) {
}
