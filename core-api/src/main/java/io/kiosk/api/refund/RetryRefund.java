package io.kiosk.api.refund;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The back office fixed what stopped an escalated refund: pay it out again. */
public record RetryRefund(@TargetAggregateIdentifier RefundId refundId) {
}
