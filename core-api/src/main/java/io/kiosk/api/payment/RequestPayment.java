package io.kiosk.api.payment;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.DeliveryAddress;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.pricing.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Collect {@code amount} for an order with one method; the payment is risk-checked, then its trade is asked of the
 * provider. {@code deliveryRegion} (the checkout's region code) and {@code deliveryAddress} are what the risk check
 * compares (null when the sender does not know them: the region rule then stays silent); {@code riskFigures} are the
 * customer's counts the rules read, looked up by the sender. A payment that cannot be collected (no method, nothing
 * to collect) fails as it is created ({@link PaymentFailed}), so the sender learns it from the payment's events.
 */
public record RequestPayment(@TargetAggregateIdentifier PaymentId paymentId, OrderId orderId, CustomerId customerId,
                             PaymentProvider method, Money amount, String description, String deliveryRegion,
                             DeliveryAddress deliveryAddress, RiskFigures riskFigures) {
}
