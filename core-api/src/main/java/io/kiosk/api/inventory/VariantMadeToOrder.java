package io.kiosk.api.inventory;

import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductId;
import org.axonframework.serialization.Revision;

/** The variant is made to order from now on, with this lead time. */
@Revision("1")
public record VariantMadeToOrder(StockItemId stockItemId, ProductId productId, ChosenOptions variant, int leadDays) {
}
