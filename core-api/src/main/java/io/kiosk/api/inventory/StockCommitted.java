package io.kiosk.api.inventory;

import io.kiosk.api.catalog.ProductId;
import org.axonframework.serialization.Revision;

/** Reserved units left with their order and came off the units on hand; the levels after it. */
@Revision("1")
public record StockCommitted(StockItemId stockItemId, ProductId productId, ReservationId reservationId, int quantity, int onHand, int reserved) {
}
