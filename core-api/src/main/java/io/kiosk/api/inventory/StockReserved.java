package io.kiosk.api.inventory;

import io.kiosk.api.catalog.ProductId;
import org.axonframework.serialization.Revision;

/** Units were held for an order; {@code onHand} and {@code reserved} are the levels after it. */
@Revision("1")
public record StockReserved(StockItemId stockItemId, ProductId productId, ReservationId reservationId, int quantity, int onHand, int reserved) {
}
