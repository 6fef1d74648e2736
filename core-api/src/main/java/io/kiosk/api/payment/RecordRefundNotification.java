package io.kiosk.api.payment;

import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * A verified notification from the provider about refund {@code refundId} of this payment: it succeeded
 * (the money is back), failed or was closed. Applied once: a repeat about a settled refund changes nothing.
 */
public record RecordRefundNotification(@TargetAggregateIdentifier PaymentId paymentId, RefundId refundId,
                                       String notificationId, ProviderOutcome outcome, Money amount,
                                       String providerRefundId, Instant occurredAt) {
}
