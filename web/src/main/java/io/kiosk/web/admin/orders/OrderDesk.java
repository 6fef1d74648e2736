package io.kiosk.web.admin.orders;

import io.kiosk.client.query.model.OrderStatus;
import io.kiosk.client.query.model.OrderSummary;
import io.kiosk.client.query.model.RefundStatus;
import io.kiosk.client.query.model.RefundSummary;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.Set;

/**
 * What the back office may do with the order now, from its state: the buttons the console's order page shows. The
 * API decides again (and the page shows its refusal when the order moved on meanwhile).
 *
 * @param pick        hand it to the warehouse (paid)
 * @param ship        record the shipment (being picked)
 * @param deliver     confirm the delivery (shipped)
 * @param cancel      stop it (not shipped, not over)
 * @param reviewPayment approve or reject its payment (held for review)
 */
public record OrderDesk(boolean pick, boolean ship, boolean deliver, boolean cancel, boolean reviewPayment) {

    private static final Set<OrderStatus> CANCELLABLE = EnumSet.of(OrderStatus.PLACED, OrderStatus.AWAITING_PAYMENT,
            OrderStatus.PAID, OrderStatus.IN_FULFILMENT);

    static OrderDesk of(OrderSummary order) {
        OrderStatus status = order.getStatus();
        return new OrderDesk(status == OrderStatus.PAID, status == OrderStatus.IN_FULFILMENT, status == OrderStatus.SHIPPED,
                CANCELLABLE.contains(status),
                order.getPayment() != null && "HELD_FOR_REVIEW".equals(order.getPayment().getStatus()));
    }

    /** Whether anything at all can be done (else the page says the order needs nothing). */
    public boolean anything() {
        return pick || ship || deliver || cancel || reviewPayment;
    }

    /**
     * What may be done with each refund of the order, by its id: {@code review} (approve, possibly for less, or
     * reject), {@code receive} (the goods came back: accept or refuse them), {@code retry} (pay out again after the
     * provider failed); refunds with nothing to do are left out.
     */
    static Map<UUID, String> refundSteps(OrderSummary order) {
        Map<UUID, String> steps = new LinkedHashMap<>();
        for (RefundSummary refund : order.getRefunds()) {
            RefundStatus status = refund.getStatus();
            if (status == RefundStatus.REQUESTED) {
                steps.put(refund.getRefundId(), "review");
            } else if (status == RefundStatus.AWAITING_RETURN || status == RefundStatus.RETURN_SHIPPED) {
                steps.put(refund.getRefundId(), "receive");
            } else if (status == RefundStatus.ESCALATED) {
                steps.put(refund.getRefundId(), "retry");
            }
        }
        return steps;
    }
}
