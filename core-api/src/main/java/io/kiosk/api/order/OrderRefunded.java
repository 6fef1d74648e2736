package io.kiosk.api.order;

import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundId;
import io.kiosk.api.refund.RefundLine;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * {@code amount} of the order's money went back to the customer through refund {@code refundId}, for the units
 * of {@code lines}: {@code refundedTotal} is everything refunded so far, and {@code refundState} what that makes
 * the order (partially or fully refunded). Its status (delivered, cancelled...) does not change.
 */
@Revision("1")
public record OrderRefunded(OrderId orderId, RefundId refundId, Money amount, List<RefundLine> lines, Money refundedTotal,
                            OrderRefundState refundState) {

    public OrderRefunded {
        lines = List.copyOf(lines);
    }
}
