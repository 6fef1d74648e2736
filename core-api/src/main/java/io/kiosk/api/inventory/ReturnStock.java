package io.kiosk.api.inventory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The goods of a committed reservation never left (their paid order was cancelled before it shipped): put
 * its units back on the shelf. A reservation still held is released instead; returning twice, or returning
 * a made-to-order reservation (no units were taken off the shelf), changes nothing.
 */
public record ReturnStock(@TargetAggregateIdentifier StockItemId stockItemId, ReservationId reservationId) {
}
