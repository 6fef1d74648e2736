package io.kiosk.api.inventory;

import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductId;

/**
 * Units arrived; {@code onHand} and {@code reserved} are the levels after it. {@code returnedFrom} names the
 * committed reservation whose units came back to the shelf (a paid order cancelled before it shipped);
 * missing for goods received from a supplier, and in events stored before stock could come back.
 */
public record StockReceived(StockItemId stockItemId, ProductId productId, ChosenOptions variant, int quantity, int onHand,
                            int reserved, ReservationId returnedFrom) {

    /** Goods received from a supplier, as every receipt was before stock could come back. */
    public StockReceived(StockItemId stockItemId, ProductId productId, ChosenOptions variant, int quantity, int onHand,
                         int reserved) {
        this(stockItemId, productId, variant, quantity, onHand, reserved, null);
    }
}
