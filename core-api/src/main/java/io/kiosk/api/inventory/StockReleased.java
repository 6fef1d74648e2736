package io.kiosk.api.inventory;

import io.kiosk.api.catalog.ProductId;

/** Reserved units were given back; the levels after it. */
public record StockReleased(StockItemId stockItemId, ProductId productId, ReservationId reservationId, int quantity, int onHand, int reserved) {
}
