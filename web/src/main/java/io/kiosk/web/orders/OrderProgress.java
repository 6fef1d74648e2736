package io.kiosk.web.orders;

import io.kiosk.client.query.model.DeliveryWindow;
import io.kiosk.client.query.model.OrderRefundState;
import io.kiosk.client.query.model.OrderStatus;
import io.kiosk.client.query.model.OrderSummary;

import java.util.List;
import java.util.Set;

/**
 * An order as its page shows where it stands: the steps from placing to delivery with the one it has reached, whether
 * it was closed before the end (cancelled, expired), when it should arrive, and what the customer may do now (pay,
 * cancel before it ships, ask for money back once it is paid, and after delivery when it went out).
 *
 * @param steps  the way an order goes, each done or not, the reached one marked current
 * @param closed the order was cancelled or expired (the steps then stop where it was)
 * @param window the delivery window: the carrier's once shipped, else the estimate at checkout (null when none)
 */
public record OrderProgress(List<Step> steps, boolean closed, DeliveryWindow window, boolean canPay, boolean canCancel,
                            boolean canRefund, boolean refundAfterDelivery) {

    /** One step of the way: the status it stands for ({@code PAID}), whether the order got there, whether it is there now. */
    public record Step(String status, boolean done, boolean current) {
    }

    private static final List<OrderStatus> WAY = List.of(OrderStatus.PLACED, OrderStatus.PAID, OrderStatus.IN_FULFILMENT,
            OrderStatus.SHIPPED, OrderStatus.DELIVERED);
    private static final Set<OrderStatus> CANCELLABLE = Set.of(OrderStatus.PLACED, OrderStatus.AWAITING_PAYMENT,
            OrderStatus.PAID, OrderStatus.IN_FULFILMENT);
    private static final Set<OrderStatus> REFUNDABLE = Set.of(OrderStatus.PAID, OrderStatus.IN_FULFILMENT, OrderStatus.DELIVERED);

    public static OrderProgress of(OrderSummary order) {
        OrderStatus status = order.getStatus();
        boolean closed = status == OrderStatus.CANCELLED || status == OrderStatus.EXPIRED;
        int reached = reached(order);
        List<Step> steps = new java.util.ArrayList<>();
        for (int index = 0; index < WAY.size(); index++) {
            steps.add(new Step(WAY.get(index).getValue(), index <= reached, index == reached && !closed));
        }
        DeliveryWindow window = order.getShipment() != null && order.getShipment().getEta() != null
                ? order.getShipment().getEta() : order.getEstimate();
        boolean fullyRefunded = order.getRefundState() == OrderRefundState.FULLY_REFUNDED;
        boolean awaitingPayment = status == OrderStatus.PLACED || status == OrderStatus.AWAITING_PAYMENT;
        return new OrderProgress(List.copyOf(steps), closed, closed ? null : window, awaitingPayment,
                CANCELLABLE.contains(status), REFUNDABLE.contains(status) && !fullyRefunded,
                status == OrderStatus.SHIPPED);
    }

    /** The last step of the way the order reached: from its status, or for a closed order from its timeline. */
    private static int reached(OrderSummary order) {
        int reached = WAY.indexOf(order.getStatus() == OrderStatus.AWAITING_PAYMENT ? OrderStatus.PLACED : order.getStatus());
        if (reached >= 0) {
            return reached;
        }
        return order.getTimeline().stream().map(change -> WAY.indexOf(change.getStatus())).max(Integer::compare).orElse(0);
    }

    /** Whether the order has reached {@code status} (a name of {@link OrderStatus}) on its way. */
    public boolean reached(String status) {
        return steps.stream().anyMatch(step -> step.status().equals(status) && step.done());
    }
}
