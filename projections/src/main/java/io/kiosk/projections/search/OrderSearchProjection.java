package io.kiosk.projections.search;

import io.kiosk.api.customer.CustomerErased;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.order.OrderStatusReached;
import io.kiosk.api.payment.PaymentCancelled;
import io.kiosk.api.payment.PaymentFailed;
import io.kiosk.api.payment.PaymentHeldForReview;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.api.payment.PaymentSucceeded;
import io.kiosk.api.payment.TradeOpeningRequested;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Feeds the order search index: the order when placed and each status it reaches (the order's part of its
 * document, versioned by the order's sequence numbers), and where its payment stands (the payment's part,
 * versioned by the payment's). A payment seen before its order (the log does not promise otherwise) is kept
 * in a document that searches do not find until the placement fills in the rest.
 */
@Component
@ProcessingGroup(OrderSearchProjection.PROCESSING_GROUP)
public class OrderSearchProjection {

    public static final String PROCESSING_GROUP = "order-search";

    private final OrderSearchIndex index;

    OrderSearchProjection(OrderSearchIndex index) {
        this.index = index;
    }

    @EventHandler
    void on(OrderPlaced event, @SequenceNumber long sequence, @Timestamp Instant at) {
        index.change(event.orderId().toString(), order -> order.placed(event, sequence, at));
    }

    @EventHandler
    void on(OrderStatusReached event, @SequenceNumber long sequence, @Timestamp Instant at) {
        index.change(event.orderId().toString(), order -> order.reached(event.status(), sequence, at));
    }

    /** Asked of the provider, which has not opened the trade yet. */
    @EventHandler
    void on(TradeOpeningRequested event, @SequenceNumber long sequence, @Timestamp Instant at) {
        payment(event.orderId(), event.paymentId(), event.method(), "PENDING", sequence, at);
    }

    @EventHandler
    void on(PaymentRequested event, @SequenceNumber long sequence, @Timestamp Instant at) {
        payment(event.orderId(), event.paymentId(), event.method(), "REQUESTED", sequence, at);
    }

    /** Held by the risk check, waiting for the back office. */
    @EventHandler
    void on(PaymentHeldForReview event, @SequenceNumber long sequence, @Timestamp Instant at) {
        payment(event.orderId(), event.paymentId(), event.method(), "HELD_FOR_REVIEW", sequence, at);
    }

    @EventHandler
    void on(PaymentSucceeded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        payment(event.orderId(), event.paymentId(), event.method(), "SUCCEEDED", sequence, at);
    }

    @EventHandler
    void on(PaymentFailed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        payment(event.orderId(), event.paymentId(), null, "FAILED", sequence, at);
    }

    @EventHandler
    void on(PaymentCancelled event, @SequenceNumber long sequence, @Timestamp Instant at) {
        payment(event.orderId(), event.paymentId(), null, "CANCELLED", sequence, at);
    }

    /** The customer was erased: their orders' documents no longer name them (nor find them by name, phone or e-mail). */
    @EventHandler
    void on(CustomerErased event) {
        index.eraseCustomer(event.customerId().toString());
    }

    /** A replay starts: it fills a fresh index while searches keep reading the current one. */
    @ResetHandler
    void rebuild() {
        index.startRebuild();
    }

    private void payment(OrderId order, PaymentId payment, PaymentProvider method, String status, long sequence, Instant at) {
        index.change(order.toString(), document -> document.payment(payment, method, status, sequence, at));
    }
}
