package io.kiosk.api.payment;

import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.pricing.Money;

import java.time.Instant;

/** The provider collected the money. */
public record PaymentSucceeded(PaymentId paymentId, OrderId orderId, PaymentProvider method, Money amount, String providerTransactionId, Instant paidAt) {
}
