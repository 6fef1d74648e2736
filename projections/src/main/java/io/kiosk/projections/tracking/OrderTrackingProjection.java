package io.kiosk.projections.tracking;

import io.kiosk.api.order.FindOrderSummary;
import io.kiosk.api.order.ListOrders;
import io.kiosk.api.order.OrderCancelled;
import io.kiosk.api.order.OrderExpired;
import io.kiosk.api.order.OrderId;
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
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
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
    private final QueryUpdateEmitter watchers;

    OrderTrackingProjection(OrderTrackingStore store, OrderListing listing, QueryUpdateEmitter watchers) {
        this.store = store;
        this.listing = listing;
        this.watchers = watchers;
    }

    @EventHandler
    void on(OrderPlaced event, @SequenceNumber long sequence, @Timestamp Instant placedAt) {
        store.insertPlaced(event, sequence, placedAt);
        changed(event.orderId());
    }

    /** A step that needs no note; shipments, cancellations and expiries have their own handlers below. */
    @EventHandler
    void on(OrderStatusReached event, @SequenceNumber long sequence, @Timestamp Instant at) {
        store.advance(event.orderId(), event.status(), sequence, at, null, null);
        changed(event.orderId());
    }

    @EventHandler
    void on(OrderShipped event, @SequenceNumber long sequence, @Timestamp Instant at) {
        store.advance(event.orderId(), OrderStatus.SHIPPED, sequence, at, event.carrier() + " " + event.trackingNumber(),
                new Shipment(event.carrier(), event.trackingNumber(), event.eta()));
        changed(event.orderId());
    }

    @EventHandler
    void on(OrderCancelled event, @SequenceNumber long sequence, @Timestamp Instant at) {
        store.advance(event.orderId(), OrderStatus.CANCELLED, sequence, at, event.reason().name(), null);
        changed(event.orderId());
    }

    @EventHandler
    void on(OrderExpired event, @SequenceNumber long sequence, @Timestamp Instant at) {
        store.advance(event.orderId(), OrderStatus.EXPIRED, sequence, at, "unpaid in time", null);
        changed(event.orderId());
    }

    @EventHandler
    void on(PaymentRequested event, @SequenceNumber long sequence) {
        store.payment(event.orderId(), event.paymentId(), event.method(), "REQUESTED", event.action(), sequence);
        changed(event.orderId());
    }

    /** Held by the risk check: the customer has nothing to do but wait for the back office. */
    @EventHandler
    void on(PaymentHeldForReview event, @SequenceNumber long sequence) {
        store.payment(event.orderId(), event.paymentId(), event.method(), "HELD_FOR_REVIEW", null, sequence);
        changed(event.orderId());
    }

    @EventHandler
    void on(PaymentSucceeded event, @SequenceNumber long sequence) {
        store.payment(event.orderId(), event.paymentId(), event.method(), "SUCCEEDED", null, sequence);
        changed(event.orderId());
    }

    @EventHandler
    void on(PaymentFailed event, @SequenceNumber long sequence) {
        store.payment(event.orderId(), event.paymentId(), null, "FAILED", null, sequence);
        changed(event.orderId());
    }

    @EventHandler
    void on(PaymentCancelled event, @SequenceNumber long sequence) {
        store.payment(event.orderId(), event.paymentId(), null, "CANCELLED", null, sequence);
        changed(event.orderId());
    }

    /**
     * Tells whoever watches the order (a subscription query for its summary, e.g. a customer's live page) how it
     * looks now. Axon sends the update once the batch's transaction has committed. Nobody watching costs one look at
     * the subscriptions; a replay tells nobody, since it passes through states long gone.
     */
    private void changed(OrderId orderId) {
        if (ReplayToken.isReplay(CurrentUnitOfWork.get().getMessage()) || !isWatched(orderId)) {
            return;
        }
        store.find(orderId).ifPresent(summary ->
                watchers.emit(FindOrderSummary.class, query -> query.orderId().equals(orderId), summary));
    }

    private boolean isWatched(OrderId orderId) {
        return watchers.activeSubscriptions().stream()
                .anyMatch(watch -> watch.getPayload() instanceof FindOrderSummary query && query.orderId().equals(orderId));
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
