package io.kiosk.projections.tracking;

import io.kiosk.api.order.FindOrderSummary;
import io.kiosk.api.order.ListOrders;
import io.kiosk.api.order.OrderCancelled;
import io.kiosk.api.order.OrderExpired;
import io.kiosk.api.order.OrderPage;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.order.OrderShipped;
import io.kiosk.api.order.OrderStatus;
import io.kiosk.api.order.OrderStatusReached;
import io.kiosk.api.order.OrderSummary;
import io.kiosk.api.order.Shipment;
import io.kiosk.api.payment.PaymentCancelled;
import io.kiosk.api.payment.PaymentFailed;
import io.kiosk.api.payment.PaymentHeldForReview;
import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.api.payment.PaymentSucceeded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * Keeps the order tracking read model — status, payment, shipment and a timeline of every step — and answers
 * questions about single orders from it. Events of one order arrive in order (the processor sequences
 * them by aggregate); each step is applied once, and never over a newer one.
 */
@Component
@ProcessingGroup(OrderTrackingProjection.PROCESSING_GROUP)
public class OrderTrackingProjection {

    public static final String PROCESSING_GROUP = "order-tracking";

    private final OrderTrackingStore store;
    private final OrderListing listing;

    OrderTrackingProjection(OrderTrackingStore store, OrderListing listing) {
        this.store = store;
        this.listing = listing;
    }

    @EventHandler
    void on(OrderPlaced event, @SequenceNumber long sequence, @Timestamp Instant placedAt) {
        store.insertPlaced(event, sequence, placedAt);
    }

    /** A step that needs no note; shipments, cancellations and expiries have their own handlers below. */
    @EventHandler
    void on(OrderStatusReached event, @SequenceNumber long sequence, @Timestamp Instant at) {
        store.advance(event.orderId(), event.status(), sequence, at, null, null);
    }

    @EventHandler
    void on(OrderShipped event, @SequenceNumber long sequence, @Timestamp Instant at) {
        store.advance(event.orderId(), OrderStatus.SHIPPED, sequence, at, event.carrier() + " " + event.trackingNumber(),
                new Shipment(event.carrier(), event.trackingNumber(), event.eta()));
    }

    @EventHandler
    void on(OrderCancelled event, @SequenceNumber long sequence, @Timestamp Instant at) {
        store.advance(event.orderId(), OrderStatus.CANCELLED, sequence, at, event.reason().name(), null);
    }

    @EventHandler
    void on(OrderExpired event, @SequenceNumber long sequence, @Timestamp Instant at) {
        store.advance(event.orderId(), OrderStatus.EXPIRED, sequence, at, "unpaid in time", null);
    }

    @EventHandler
    void on(PaymentRequested event, @SequenceNumber long sequence) {
        store.payment(event.orderId(), event.paymentId(), event.method(), "REQUESTED", event.action(), sequence);
    }

    /** Held by the risk check: the customer has nothing to do but wait for the back office. */
    @EventHandler
    void on(PaymentHeldForReview event, @SequenceNumber long sequence) {
        store.payment(event.orderId(), event.paymentId(), event.method(), "HELD_FOR_REVIEW", null, sequence);
    }

    @EventHandler
    void on(PaymentSucceeded event, @SequenceNumber long sequence) {
        store.payment(event.orderId(), event.paymentId(), event.method(), "SUCCEEDED", null, sequence);
    }

    @EventHandler
    void on(PaymentFailed event, @SequenceNumber long sequence) {
        store.payment(event.orderId(), event.paymentId(), null, "FAILED", null, sequence);
    }

    @EventHandler
    void on(PaymentCancelled event, @SequenceNumber long sequence) {
        store.payment(event.orderId(), event.paymentId(), null, "CANCELLED", null, sequence);
    }

    @QueryHandler
    Optional<OrderSummary> answer(FindOrderSummary query) {
        return store.find(query.orderId());
    }

    @QueryHandler
    OrderPage answer(ListOrders query) {
        return listing.list(query);
    }
}
