package io.kiosk.api.order;

/**
 * An event that moves an order to a new status. The order itself, tracking and search follow the
 * status through this one method, so which event means which status is said once, on the event.
 */
public interface OrderStatusReached {

    OrderId orderId();

    /** The status the order is in after this event. Not stored: it follows from the event's type. */
    OrderStatus status();
}
