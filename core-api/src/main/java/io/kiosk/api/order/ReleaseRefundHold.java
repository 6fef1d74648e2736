package io.kiosk.api.order;

import io.kiosk.api.refund.RefundId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Refund {@code refundId} ended without money: free what the order held for it. Repeating it changes nothing. */
public record ReleaseRefundHold(@TargetAggregateIdentifier OrderId orderId, RefundId refundId, String reason) {
}
