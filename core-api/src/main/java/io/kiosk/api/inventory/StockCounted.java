package io.kiosk.api.inventory;

import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductId;
import org.axonframework.serialization.Revision;

/** A stocktake set the units on hand; {@code reserved} units of them are held for orders. */
@Revision("1")
public record StockCounted(StockItemId stockItemId, ProductId productId, ChosenOptions variant, int onHand, int reserved) {
}
