package io.kiosk.api.order;

/**
 * How much of what was paid for an order went back: a dimension beside its status, so an order can be
 * "delivered, partially refunded".
 */
public enum OrderRefundState {
    NONE,
    PARTIALLY_REFUNDED,
    FULLY_REFUNDED
}
