package io.kiosk.api.refund;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The provider paid the money back ({@code providerRefundId}: its number for it). Repeating it changes nothing. */
public record CompleteRefund(@TargetAggregateIdentifier RefundId refundId, String providerRefundId, Instant refundedAt) {
}
