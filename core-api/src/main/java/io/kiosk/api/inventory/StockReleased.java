package io.kiosk.api.inventory;

import io.kiosk.api.catalog.ProductId;
import org.axonframework.serialization.Revision;

/** Reserved units were given back; the levels after it. */
@Revision("1")
public record StockReleased(StockItemId stockItemId, ProductId productId, ReservationId reservationId, int quantity, int onHand, int reserved) {
}
