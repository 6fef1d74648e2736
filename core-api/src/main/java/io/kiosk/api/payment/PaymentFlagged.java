package io.kiosk.api.payment;

import io.kiosk.api.order.OrderId;

/** A notification did not fit the payment (wrong amount or currency, success after cancellation): kept for the back office, not applied. */
public record PaymentFlagged(PaymentId paymentId, OrderId orderId, String notificationId, String reason) {
}
