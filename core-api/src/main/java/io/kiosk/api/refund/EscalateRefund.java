package io.kiosk.api.refund;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The money could not go back after {@code attempts}: hand the refund to a person, with the last failure. */
public record EscalateRefund(@TargetAggregateIdentifier RefundId refundId, int attempts, String reason, String message) {
}
