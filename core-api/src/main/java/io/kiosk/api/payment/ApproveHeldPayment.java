package io.kiosk.api.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The back office lets a payment held for review go ahead: the provider is asked for it now. */
public record ApproveHeldPayment(@TargetAggregateIdentifier PaymentId paymentId) {
}
