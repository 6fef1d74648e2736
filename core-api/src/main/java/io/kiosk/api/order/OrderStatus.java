package io.kiosk.api.order;

/** Where an order stands in its lifecycle. */
public enum OrderStatus {
    PLACED,
    AWAITING_PAYMENT,
    PAID,
    IN_FULFILMENT,
    SHIPPED,
    DELIVERED,
    CANCELLED,
    EXPIRED
}
