package io.kiosk.api.order;

import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundId;
import org.axonframework.serialization.Revision;

/**
 * Refund {@code refundId} ended without money ({@code reason}: rejected, withdrawn, return-refused,
 * return-expired): the order no longer holds {@code amount} or its units for it.
 */
@Revision("1")
public record OrderRefundReleased(OrderId orderId, RefundId refundId, Money amount, String reason) {
}
