package io.kiosk.projections.tracking;

import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.order.OrderRefundState;
import io.kiosk.api.order.OrderRefunded;
import io.kiosk.api.order.OrderStatus;
import io.kiosk.api.order.OrderStatusReached;
import io.kiosk.api.order.OrderSummary;
import io.kiosk.api.order.PaymentState;
import io.kiosk.api.order.Shipment;
import io.kiosk.api.order.StatusChange;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundId;
import io.kiosk.api.refund.RefundStatusReached;
import io.kiosk.api.refund.RefundSummary;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An order as tracking would have shown it at some past instant, rebuilt in memory by folding its events
 * (and its payments' and refunds') up to then, never read from the tracking tables: those only know the present. The
 * fold follows the same rules as the tracking tables ({@link OrderStep}, {@link PaymentStep}, {@link RefundStep}), so the order
 * as of now equals what {@code GET /api/orders/{id}} answers once tracking has caught up.
 */
public final class OrderAsOf {

    private OrderPlaced placed;
    private Instant placedAt;
    private OrderStatus status;
    private Instant updatedAt;
    private long version;
    private Shipment shipment;
    private final List<StatusChange> timeline = new ArrayList<>();
    private PaymentState payment;
    private long paymentVersion;
    private Money refunded;
    private OrderRefundState refundState = OrderRefundState.NONE;
    private final Map<RefundId, RefundSummary> refunds = new LinkedHashMap<>();

    private OrderAsOf() {
    }

    /**
     * The order after {@code events} (the order's and its payments', in the order they were stored, already
     * cut at the instant asked for); empty when they do not include its placement.
     */
    public static Optional<OrderSummary> fold(List<? extends DomainEventMessage<?>> events) {
        OrderAsOf order = new OrderAsOf();
        events.forEach(order::apply);
        return Optional.ofNullable(order.placed).map(placed -> order.summary());
    }

    private void apply(DomainEventMessage<?> event) {
        Object payload = event.getPayload();
        Instant at = event.getTimestamp();
        long sequence = event.getSequenceNumber();
        if (payload instanceof OrderPlaced orderPlaced && placed == null) {
            placed = orderPlaced;
            placedAt = at;
            status = OrderStatus.PLACED;
            updatedAt = at;
            version = sequence;
            timeline.add(new StatusChange(OrderStatus.PLACED, at, null));
        } else if (payload instanceof OrderStatusReached reached && placed != null && sequence > version) {
            OrderStep step = OrderStep.of(reached);
            status = step.status();
            updatedAt = at;
            version = sequence;
            shipment = step.shipment() == null ? shipment : step.shipment();
            timeline.add(new StatusChange(step.status(), at, step.note()));
        } else if (payload instanceof OrderRefunded orderRefunded && placed != null && sequence > version) {
            refunded = orderRefunded.refundedTotal();
            refundState = orderRefunded.refundState();
            updatedAt = at;
            version = sequence;
        } else if (payload instanceof RefundStatusReached refundStep) {
            RefundStep.apply(refunds.get(refundStep.refundId()), refundStep, at)
                    .ifPresent(refund -> refunds.put(refund.refundId(), refund));
        } else {
            PaymentStep.ofEvent(payload).ifPresent(step -> pay(step, sequence));
        }
    }

    /** As the tracking table keeps it: a new payment replaces the old one; the method stays known once said. */
    private void pay(PaymentStep step, long sequence) {
        if (payment != null && payment.paymentId().equals(step.paymentId()) && sequence <= paymentVersion) {
            return;
        }
        payment = new PaymentState(step.paymentId(), step.method() != null ? step.method()
                : payment == null ? null : payment.method(), step.status(), step.action());
        paymentVersion = sequence;
    }

    private OrderSummary summary() {
        List<OrderLine> lines = placed.lines().stream()
                .map(line -> new OrderLine(line.lineId(), line.productId(), line.options(), line.quantity(), line.unitPrice(),
                        null, line.label())) // tracking shows what was bought, not the stock variant it came from
                .toList();
        return new OrderSummary(placed.orderId(), placed.cartId(), placed.customerId(), status, lines, placed.total(),
                placedAt, updatedAt, version, shipment, timeline, payment, placed.details(), placed.estimate(), refunded,
                refundState, refunds.values().stream()
                        .sorted(Comparator.comparing(RefundSummary::requestedAt).thenComparing(refund -> refund.refundId().value()))
                        .toList());
    }
}
