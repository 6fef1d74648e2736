package io.kiosk.projections.tracking;

import io.kiosk.api.order.OrderCancelled;
import io.kiosk.api.order.OrderExpired;
import io.kiosk.api.order.OrderShipped;
import io.kiosk.api.order.OrderStatus;
import io.kiosk.api.order.OrderStatusReached;
import io.kiosk.api.order.Shipment;

/**
 * What an order event that moves the order on means for tracking: the status it reaches, the note its
 * timeline shows for it and, for a shipment, where the goods travel. Said once here for the tracking
 * tables and for the order rebuilt in memory as of an instant ({@link OrderAsOf}), so the two agree.
 */
record OrderStep(OrderStatus status, String note, Shipment shipment) {

    static OrderStep of(OrderStatusReached event) {
        if (event instanceof OrderShipped shipped) {
            return new OrderStep(shipped.status(), shipped.carrier() + " " + shipped.trackingNumber(),
                    new Shipment(shipped.carrier(), shipped.trackingNumber(), shipped.eta()));
        }
        if (event instanceof OrderCancelled cancelled) {
            return new OrderStep(cancelled.status(), cancelled.reason().name(), null);
        }
        if (event instanceof OrderExpired expired) {
            return new OrderStep(expired.status(), "unpaid in time", null);
        }
        return new OrderStep(event.status(), null, null);
    }
}
