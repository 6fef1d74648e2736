package io.kiosk.api.inventory;

import io.kiosk.api.cart.Quantity;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Hold units for an order; refused when fewer are available (made-to-order variants never refuse). Repeating a reservation changes nothing. */
public record ReserveStock(@TargetAggregateIdentifier StockItemId stockItemId, ReservationId reservationId, Quantity quantity) {
}
