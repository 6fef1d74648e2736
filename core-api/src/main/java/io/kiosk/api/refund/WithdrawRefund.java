package io.kiosk.api.refund;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The customer takes their request back (before the goods are sent or the money goes). */
public record WithdrawRefund(@TargetAggregateIdentifier RefundId refundId) {
}
