package io.kiosk.api.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The back office lets a payment held for review go ahead: its trade is asked of the provider now. */
public record ApproveHeldPayment(@TargetAggregateIdentifier PaymentId paymentId) {
}
