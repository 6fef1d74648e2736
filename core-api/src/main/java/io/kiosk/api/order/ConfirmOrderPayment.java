package io.kiosk.api.order;

import io.kiosk.api.payment.PaymentId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The payment {@code paymentId} collected the order's total. Answers the {@link OrderStatus} the order stands in (a closed order stays closed); repeating it changes nothing. */
public record ConfirmOrderPayment(@TargetAggregateIdentifier OrderId orderId, PaymentId paymentId) {
}
