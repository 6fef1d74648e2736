package io.kiosk.api.order;

import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundId;

/**
 * Refund {@code refundId} ended without money ({@code reason}: rejected, withdrawn, return-refused,
 * return-expired): the order no longer holds {@code amount} or its units for it.
 */
public record OrderRefundReleased(OrderId orderId, RefundId refundId, Money amount, String reason) {
}
