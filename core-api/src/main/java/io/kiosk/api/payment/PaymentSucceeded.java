package io.kiosk.api.payment;

import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.pricing.Money;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The provider collected the money. */
@Revision("1")
public record PaymentSucceeded(PaymentId paymentId, OrderId orderId, PaymentProvider method, Money amount, String providerTransactionId, Instant paidAt) {
}
