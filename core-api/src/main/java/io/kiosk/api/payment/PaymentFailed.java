package io.kiosk.api.payment;

import io.kiosk.api.order.OrderId;

/** The payment cannot succeed any more (declined, refused by a risk rule, provider error); {@code reason} is a stable code, {@code message} for people. */
public record PaymentFailed(PaymentId paymentId, OrderId orderId, String reason, String message) {
}
