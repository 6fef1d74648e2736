package io.kiosk.api.catalog;

import jakarta.annotation.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * A product as the back office manages it, whatever its state: its current definition, whether it is on sale, the
 * version of its last change, when it was first published (null for a draft never on sale), the exact stock of each stocked variant and the units ordered so far. (A customer sees
 * {@link ProductDetails} instead: published products only, and a status per variant, never the counts.)
 */
public record CatalogueEntry(ProductId productId,
                             ProductDefinition definition,
                             boolean published,
                             long version,
                             @Nullable Instant firstPublishedAt,
                             List<StockedVariant> variants,
                             long unitsSold) {

    public CatalogueEntry {
        variants = List.copyOf(variants);
    }

    /**
     * One stock-keeping variant (its stock-relevant choices): units on hand, reserved for orders and available
     * (on hand less reserved, never below 0), or made to order with its lead days.
     */
    public record StockedVariant(ChosenOptions variant, int onHand, int reserved, int available, boolean madeToOrder,
                                 int leadDays) {
    }
}
