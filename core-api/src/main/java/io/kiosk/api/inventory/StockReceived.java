package io.kiosk.api.inventory;

import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductId;

/** Units arrived; {@code onHand} and {@code reserved} are the levels after it. */
public record StockReceived(StockItemId stockItemId, ProductId productId, ChosenOptions variant, int quantity, int onHand, int reserved) {
}
