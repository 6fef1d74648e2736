package io.kiosk.api.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The back office refuses a payment held for review: it fails ({@code risk-rejected}) without reaching a provider. */
public record RejectHeldPayment(@TargetAggregateIdentifier PaymentId paymentId, String reason) {
}
