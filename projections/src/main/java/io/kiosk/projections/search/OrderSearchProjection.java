package io.kiosk.projections.search;

import io.kiosk.api.order.OrderAwaitingPayment;
import io.kiosk.api.order.OrderCancelled;
import io.kiosk.api.order.OrderDelivered;
import io.kiosk.api.order.OrderExpired;
import io.kiosk.api.order.OrderFulfilmentStarted;
import io.kiosk.api.order.OrderPaid;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.order.OrderShipped;
import io.kiosk.api.order.OrderStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Feeds the order search index from the order events: the order when placed, then each status it reaches. */
@Component
@ProcessingGroup(OrderSearchProjection.PROCESSING_GROUP)
public class OrderSearchProjection {

    public static final String PROCESSING_GROUP = "order-search";

    private final OrderSearchIndex index;

    OrderSearchProjection(OrderSearchIndex index) {
        this.index = index;
    }

    @EventHandler
    void on(OrderPlaced event, @SequenceNumber long sequence, @Timestamp Instant placedAt) {
        index.write(OrderDocument.placed(event, placedAt), sequence);
    }

    @EventHandler
    void on(OrderAwaitingPayment event, @SequenceNumber long sequence) {
        index.changeStatus(event.orderId().toString(), OrderStatus.AWAITING_PAYMENT.name(), sequence);
    }

    @EventHandler
    void on(OrderPaid event, @SequenceNumber long sequence) {
        index.changeStatus(event.orderId().toString(), OrderStatus.PAID.name(), sequence);
    }

    @EventHandler
    void on(OrderFulfilmentStarted event, @SequenceNumber long sequence) {
        index.changeStatus(event.orderId().toString(), OrderStatus.IN_FULFILMENT.name(), sequence);
    }

    @EventHandler
    void on(OrderShipped event, @SequenceNumber long sequence) {
        index.changeStatus(event.orderId().toString(), OrderStatus.SHIPPED.name(), sequence);
    }

    @EventHandler
    void on(OrderDelivered event, @SequenceNumber long sequence) {
        index.changeStatus(event.orderId().toString(), OrderStatus.DELIVERED.name(), sequence);
    }

    @EventHandler
    void on(OrderCancelled event, @SequenceNumber long sequence) {
        index.changeStatus(event.orderId().toString(), OrderStatus.CANCELLED.name(), sequence);
    }

    @EventHandler
    void on(OrderExpired event, @SequenceNumber long sequence) {
        index.changeStatus(event.orderId().toString(), OrderStatus.EXPIRED.name(), sequence);
    }
}
