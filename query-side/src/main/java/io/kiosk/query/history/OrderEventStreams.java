package io.kiosk.query.history;

import io.kiosk.api.order.FindOrderSummary;
import io.kiosk.api.order.OrderAwaitingPayment;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderPaid;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.order.OrderRefundRequested;
import io.kiosk.api.order.OrderSummary;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.refund.RefundId;
import io.kiosk.query.eventlog.EventLog;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an order's whole story from the event store: every event of the order's own stream and of the
 * streams of its payments and refunds, through Axon's {@link EventStore} (each stream from its first event, never from
 * a snapshot), in the order the log stored them. The payments are the ones the order's events name (it
 * awaits and is paid by a payment) and the one the tracking read model knows, should a payment's events
 * have come before the order named it. A payment is asked for one order only, so its whole stream belongs here.
 */
@Component
class OrderEventStreams {

    private static final Comparator<StoredEvent> LOG_ORDER = Comparator
            .comparing(StoredEvent::position, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(stored -> stored.event().getTimestamp())
            .thenComparing(stored -> stored.event().getAggregateIdentifier())
            .thenComparingLong(stored -> stored.event().getSequenceNumber());

    private final EventStore eventStore;
    private final EventLog eventLog;
    private final QueryGateway queries;

    OrderEventStreams(EventStore eventStore, EventLog eventLog, QueryGateway queries) {
        this.eventStore = eventStore;
        this.eventLog = eventLog;
        this.queries = queries;
    }

    /** The order's events and its payments' and refunds', in log order; empty if no order of that id was ever placed. */
    List<StoredEvent> of(OrderId orderId) {
        List<DomainEventMessage<?>> order = stream(orderId.toString());
        if (order.stream().noneMatch(event -> event.getPayload() instanceof OrderPlaced placed && placed.orderId().equals(orderId))) {
            return List.of();
        }
        List<DomainEventMessage<?>> events = new ArrayList<>(order);
        Optional<OrderSummary> tracked = queries.query(new FindOrderSummary(orderId),
                ResponseTypes.optionalInstanceOf(OrderSummary.class)).join();
        for (PaymentId payment : paymentsOf(order, tracked)) {
            events.addAll(stream(payment.toString()));
        }
        for (RefundId refund : refundsOf(order, tracked)) {
            events.addAll(stream(refund.toString()));
        }
        Map<String, Long> positions = eventLog.positionsOf(events.stream().map(DomainEventMessage::getIdentifier).toList());
        return events.stream()
                .map(event -> new StoredEvent(event, positions.get(event.getIdentifier())))
                .sorted(LOG_ORDER)
                .toList();
    }

    private List<DomainEventMessage<?>> stream(String aggregateId) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        eventStore.readEvents(aggregateId, 0).asStream().forEach(events::add);
        return events;
    }

    private static Set<PaymentId> paymentsOf(List<DomainEventMessage<?>> order, Optional<OrderSummary> tracked) {
        Set<PaymentId> payments = new LinkedHashSet<>();
        for (DomainEventMessage<?> event : order) {
            if (event.getPayload() instanceof OrderAwaitingPayment awaiting) {
                payments.add(awaiting.paymentId());
            } else if (event.getPayload() instanceof OrderPaid paid) {
                payments.add(paid.paymentId());
            }
        }
        tracked.filter(summary -> summary.payment() != null)
                .ifPresent(summary -> payments.add(summary.payment().paymentId()));
        return payments;
    }

    /** The refunds the order's events open, and any the tracking read model knows of (each refund belongs to one order). */
    private static Set<RefundId> refundsOf(List<DomainEventMessage<?>> order, Optional<OrderSummary> tracked) {
        Set<RefundId> refunds = new LinkedHashSet<>();
        for (DomainEventMessage<?> event : order) {
            if (event.getPayload() instanceof OrderRefundRequested requested) {
                refunds.add(requested.refundId());
            }
        }
        tracked.ifPresent(summary -> summary.refunds().forEach(refund -> refunds.add(refund.refundId())));
        return refunds;
    }
}
