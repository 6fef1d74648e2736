package io.kiosk.api.refund;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The back office says no, and why (the customer is told). */
public record RejectRefund(@TargetAggregateIdentifier RefundId refundId, String reason) {
}
