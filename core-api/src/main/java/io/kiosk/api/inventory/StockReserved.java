package io.kiosk.api.inventory;

import io.kiosk.api.catalog.ProductId;

/** Units were held for an order; {@code onHand} and {@code reserved} are the levels after it. */
public record StockReserved(StockItemId stockItemId, ProductId productId, ReservationId reservationId, int quantity, int onHand, int reserved) {
}
