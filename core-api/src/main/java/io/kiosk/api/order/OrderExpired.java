package io.kiosk.api.order;

/** The order was not paid in time and is closed. */
public record OrderExpired(OrderId orderId) {
}
