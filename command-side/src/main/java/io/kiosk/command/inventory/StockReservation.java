package io.kiosk.command.inventory;

import io.kiosk.api.inventory.ReservationId;
import io.kiosk.api.inventory.StockItemId;

/**
 * What a {@code ReserveStock} answers: whether the units are held for the reservation, and if not, the reason the
 * stock item recorded ({@code StockReservationRefused}: {@code insufficient-stock}, {@code unknown-stock-item}), or
 * {@code reservation-released} for a reservation released before. The order process takes its branch from this
 * answer, never from an exception.
 */
public record StockReservation(StockItemId stockItemId, ReservationId reservationId, boolean held, String refusal) {

    static StockReservation held(StockItemId stockItemId, ReservationId reservationId) {
        return new StockReservation(stockItemId, reservationId, true, null);
    }

    static StockReservation refused(StockItemId stockItemId, ReservationId reservationId, String reason) {
        return new StockReservation(stockItemId, reservationId, false, reason);
    }
}
