package io.kiosk.api.order;

import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Refund {@code refundId} was approved for {@code amount}, less than it held: free the difference. */
public record ReduceRefundHold(@TargetAggregateIdentifier OrderId orderId, RefundId refundId, Money amount) {
}
