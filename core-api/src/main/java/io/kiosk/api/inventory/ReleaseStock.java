package io.kiosk.api.inventory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give reserved units back (order cancelled or unpaid). Releasing an unknown or settled reservation changes nothing. */
public record ReleaseStock(@TargetAggregateIdentifier StockItemId stockItemId, ReservationId reservationId) {
}
