package io.kiosk.api.payment;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.pricing.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Collect {@code amount} for an order with one method; the payment is risk-checked, then asked of the provider. */
public record RequestPayment(@TargetAggregateIdentifier PaymentId paymentId, OrderId orderId, CustomerId customerId, PaymentProvider method, Money amount, String description) {
}
