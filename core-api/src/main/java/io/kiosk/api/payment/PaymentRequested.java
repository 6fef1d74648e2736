package io.kiosk.api.payment;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.pricing.Money;

/** The provider accepted the request; the customer completes it with {@code action}. */
public record PaymentRequested(PaymentId paymentId, OrderId orderId, CustomerId customerId, PaymentProvider method, Money amount, PaymentAction action) {
}
