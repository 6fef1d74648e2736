package io.kiosk.api.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The provider adapter opened the payment's trade: the customer pays with {@code action}. Sent by Kiosk only. */
public record RecordTradeOpened(@TargetAggregateIdentifier PaymentId paymentId, PaymentAction action) {
}
