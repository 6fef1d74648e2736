package io.kiosk.api.order;

/** The goods reached the customer; the order is complete. */
public record OrderDelivered(OrderId orderId) {
}
