package io.kiosk.projections.tracking;

import io.kiosk.api.customer.CustomerErased;
import io.kiosk.api.order.FindOrderSummary;
import io.kiosk.api.order.ListOrders;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderPage;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.order.OrderRefunded;
import io.kiosk.api.order.OrderStatusReached;
import io.kiosk.api.order.OrderSummary;
import io.kiosk.api.payment.PaymentCancelled;
import io.kiosk.api.payment.PaymentFailed;
import io.kiosk.api.payment.PaymentHeldForReview;
import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.api.payment.PaymentSucceeded;
import io.kiosk.api.payment.TradeOpeningRequested;
import io.kiosk.api.refund.RefundStatusReached;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * Keeps the order tracking read model — status, payment, refunds, shipment and a timeline of every step — and answers
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
    private final OrderRefunds refunds;
    private final ErasedOrderDetails erasure;
    private final QueryUpdateEmitter watchers;

    OrderTrackingProjection(OrderTrackingStore store, OrderListing listing, OrderRefunds refunds,
                            ErasedOrderDetails erasure, QueryUpdateEmitter watchers) {
        this.store = store;
        this.erasure = erasure;
        this.listing = listing;
        this.refunds = refunds;
        this.watchers = watchers;
    }

    @EventHandler
    void on(OrderPlaced event, @SequenceNumber long sequence, @Timestamp Instant placedAt) {
        store.insertPlaced(event, sequence, placedAt);
        changed(event.orderId());
    }

    /** Every step after placement; {@link OrderStep} says what each one shows (a note, a shipment). */
    /** The customer was erased: their orders' contacts and addresses read as erased, the rest of the orders stays. */
    @EventHandler
    void on(CustomerErased event) {
        erasure.erase(event.customerId()).forEach(this::changed);
    }

    @EventHandler
    void on(OrderStatusReached event, @SequenceNumber long sequence, @Timestamp Instant at) {
        store.advance(event.orderId(), OrderStep.of(event), sequence, at);
        changed(event.orderId());
    }

    @EventHandler
    void on(TradeOpeningRequested event, @SequenceNumber long sequence) {
        paid(PaymentStep.of(event), sequence);
    }

    @EventHandler
    void on(PaymentRequested event, @SequenceNumber long sequence) {
        paid(PaymentStep.of(event), sequence);
    }

    @EventHandler
    void on(PaymentHeldForReview event, @SequenceNumber long sequence) {
        paid(PaymentStep.of(event), sequence);
    }

    @EventHandler
    void on(PaymentSucceeded event, @SequenceNumber long sequence) {
        paid(PaymentStep.of(event), sequence);
    }

    @EventHandler
    void on(PaymentFailed event, @SequenceNumber long sequence) {
        paid(PaymentStep.of(event), sequence);
    }

    @EventHandler
    void on(PaymentCancelled event, @SequenceNumber long sequence) {
        paid(PaymentStep.of(event), sequence);
    }

    @EventHandler
    void on(OrderRefunded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        store.refunded(event, sequence, at);
        changed(event.orderId());
    }

    /** Every step of a refund, from the refund's own events; {@link RefundStep} says what each one shows. */
    @EventHandler
    void on(RefundStatusReached event, @SequenceNumber long sequence, @Timestamp Instant at) {
        refunds.record(event, sequence, at);
        changed(event.orderId());
    }

    /** A rebuild starts from nothing: every tracking table is emptied before the events are handled again. */
    @ResetHandler
    void reset() {
        store.clear();
    }

    private void paid(PaymentStep step, long sequence) {
        store.payment(step, sequence);
        changed(step.orderId());
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
