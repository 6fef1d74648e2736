package io.kiosk.api.payment;

import io.kiosk.api.order.OrderId;

/** The payment was cancelled before it succeeded. */
public record PaymentCancelled(PaymentId paymentId, OrderId orderId, String reason) {
}
