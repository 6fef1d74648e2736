package io.kiosk.api.payment;

import io.kiosk.api.order.OrderId;

/** The provider closed the cancelled payment's trade (or had none to close): it can no longer be paid. */
public record TradeClosed(PaymentId paymentId, OrderId orderId) {
}
