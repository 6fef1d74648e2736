package io.kiosk.api.order;

import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Refund {@code refundId} paid {@code amount} back (at most what the order holds for it): the order counts it
 * as refunded and frees the rest of the hold. Repeating it changes nothing.
 */
public record RecordOrderRefund(@TargetAggregateIdentifier OrderId orderId, RefundId refundId, Money amount) {
}
