package io.kiosk.api.catalog;

import jakarta.annotation.Nullable;
import io.kiosk.api.delivery.StockStatus;

import java.time.Instant;
import java.util.List;

/**
 * A published product as a customer browses it: its current definition, each stocked variant's
 * status for one unit (never the exact counts), and how many units have been ordered so far.
 */
public record ProductDetails(ProductId productId,
                             ProductDefinition definition,
                             List<VariantStock> variants,
                             long unitsSold,
                             Instant publishedAt) {

    public ProductDetails {
        variants = List.copyOf(variants);
    }

    /** One stock-keeping variant (its stock-relevant choices) and its status; {@code leadDays} only when made to order. */
    public record VariantStock(ChosenOptions variant, StockStatus status, @Nullable Integer leadDays) {
    }
}
