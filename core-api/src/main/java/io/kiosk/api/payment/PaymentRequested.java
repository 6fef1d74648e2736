package io.kiosk.api.payment;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.pricing.Money;
import org.axonframework.serialization.Revision;

/**
 * The provider opened the payment's trade: the customer completes it with {@code action}. It follows
 * {@link TradeOpeningRequested} once the provider adapter has the provider's answer (payments stored before trades
 * were opened by the adapter have it as their first event).
 */
@Revision("1")
public record PaymentRequested(PaymentId paymentId, OrderId orderId, CustomerId customerId, PaymentProvider method, Money amount, PaymentAction action) {
}
