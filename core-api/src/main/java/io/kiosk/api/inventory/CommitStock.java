package io.kiosk.api.inventory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The reserved units leave with the order: they come off the units on hand. Committing twice changes nothing. */
public record CommitStock(@TargetAggregateIdentifier StockItemId stockItemId, ReservationId reservationId) {
}
