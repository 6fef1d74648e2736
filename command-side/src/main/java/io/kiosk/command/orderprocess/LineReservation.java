package io.kiosk.command.orderprocess;

import io.kiosk.api.cart.Quantity;
import io.kiosk.api.inventory.ReservationId;
import io.kiosk.api.inventory.StockItemId;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderLine;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The stock one order line holds. Its reservation id is derived from the order and the line, so
 * that a retried reservation, release or commit names the same reservation and applies once.
 */
record LineReservation(StockItemId stockItemId, ReservationId reservationId, Quantity quantity) {

    static LineReservation of(OrderId orderId, OrderLine line) {
        return new LineReservation(line.stockItemId(), idOf(orderId, line.lineId().value()), line.quantity());
    }

    /** The reservation of line {@code lineId} of order {@code orderId}. */
    static ReservationId idOf(OrderId orderId, UUID lineId) {
        return new ReservationId(UUID.nameUUIDFromBytes(("order-line:" + orderId + "/" + lineId).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The same units held again after this reservation was released (a stock item never takes a released
     * reservation back), under an id derived from this one, so that a retry again applies once.
     */
    LineReservation again() {
        UUID id = UUID.nameUUIDFromBytes(("held-again:" + reservationId).getBytes(StandardCharsets.UTF_8));
        return new LineReservation(stockItemId, new ReservationId(id), quantity);
    }
}
