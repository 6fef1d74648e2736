package io.kiosk.api.order;

import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundId;
import org.axonframework.serialization.Revision;

/** Refund {@code refundId} was approved for less: the order now holds {@code amount} for it and frees {@code released}. */
@Revision("1")
public record OrderRefundHoldReduced(OrderId orderId, RefundId refundId, Money amount, Money released) {
}
