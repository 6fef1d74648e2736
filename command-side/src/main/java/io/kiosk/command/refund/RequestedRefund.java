package io.kiosk.command.refund;

import io.kiosk.api.order.OrderId;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundId;
import io.kiosk.api.refund.RefundLine;
import io.kiosk.api.refund.RefundStatus;

import java.util.List;

/**
 * The answer to a refund request the order accepted: the new refund, where it stands ({@code REQUESTED} for the
 * back office, or {@code PAYING_OUT} when it needed no review), the amount worked out from the units it covers.
 */
public record RequestedRefund(RefundId refundId, OrderId orderId, RefundStatus status, Money amount, List<RefundLine> lines,
                              boolean withReturn) {

    public RequestedRefund {
        lines = List.copyOf(lines);
    }
}
