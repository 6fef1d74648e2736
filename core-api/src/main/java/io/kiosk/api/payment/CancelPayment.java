package io.kiosk.api.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Stop waiting for the money (the order expired or was cancelled); the provider's trade is closed where it supports that. */
public record CancelPayment(@TargetAggregateIdentifier PaymentId paymentId, String reason) {
}
