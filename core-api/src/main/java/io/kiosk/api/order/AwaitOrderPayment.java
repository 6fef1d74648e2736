package io.kiosk.api.order;

import io.kiosk.api.payment.PaymentId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The order's goods are reserved and its payment {@code paymentId} was asked for: wait for the money. Repeating it changes nothing. */
public record AwaitOrderPayment(@TargetAggregateIdentifier OrderId orderId, PaymentId paymentId) {
}
