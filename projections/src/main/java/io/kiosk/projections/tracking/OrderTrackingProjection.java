package io.kiosk.projections.tracking;

import io.kiosk.api.order.FindOrderSummary;
import io.kiosk.api.order.ListOrders;
import io.kiosk.api.order.OrderPage;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.order.OrderStatusReached;
import io.kiosk.api.order.OrderSummary;
import io.kiosk.api.payment.PaymentCancelled;
import io.kiosk.api.payment.PaymentFailed;
import io.kiosk.api.payment.PaymentHeldForReview;
import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.api.payment.PaymentSucceeded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * Keeps the order tracking read model — status, payment, shipment and a timeline of every step — and answers
 * questions about single orders from it. Events of one aggregate (the order, or its payment) arrive in order:
 * the processor sequences them by aggregate, and the order's rows and its payment's row are written only
 * from their own aggregate's events, so no order between the two matters. Each step is applied once, and
 * never over a newer one.
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

    /** Every step after placement; {@link OrderStep} says what each one shows (a note, a shipment). */
    @EventHandler
    void on(OrderStatusReached event, @SequenceNumber long sequence, @Timestamp Instant at) {
        store.advance(event.orderId(), OrderStep.of(event), sequence, at);
    }

    @EventHandler
    void on(PaymentRequested event, @SequenceNumber long sequence) {
        store.payment(PaymentStep.of(event), sequence);
    }

    @EventHandler
    void on(PaymentHeldForReview event, @SequenceNumber long sequence) {
        store.payment(PaymentStep.of(event), sequence);
    }

    @EventHandler
    void on(PaymentSucceeded event, @SequenceNumber long sequence) {
        store.payment(PaymentStep.of(event), sequence);
    }

    @EventHandler
    void on(PaymentFailed event, @SequenceNumber long sequence) {
        store.payment(PaymentStep.of(event), sequence);
    }

    @EventHandler
    void on(PaymentCancelled event, @SequenceNumber long sequence) {
        store.payment(PaymentStep.of(event), sequence);
    }

    /** A rebuild starts from nothing: every tracking table is emptied before the events are handled again. */
    @ResetHandler
    void reset() {
        store.clear();
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
