package io.kiosk.api.order;

import io.kiosk.api.payment.PaymentId;

/** The order's goods are reserved and Kiosk waits for the payment {@code paymentId}. */
public record OrderAwaitingPayment(OrderId orderId, PaymentId paymentId) {
}
