package io.kiosk.api.order;

import io.kiosk.api.payment.PaymentId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The order's goods are reserved and its payment will be {@code paymentId}: wait for the money (an order that costs
 * nothing is paid at once). Answers the {@link OrderStatus} the order stands in; repeating it changes nothing.
 */
public record AwaitOrderPayment(@TargetAggregateIdentifier OrderId orderId, PaymentId paymentId) {
}
