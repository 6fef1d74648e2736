package io.kiosk.projections.analytics;

import io.kiosk.api.cart.CartCheckedOut;
import io.kiosk.api.cart.CartCreated;
import io.kiosk.api.catalog.ProductDefined;
import io.kiosk.api.catalog.ProductRevised;
import io.kiosk.api.order.OrderCancelled;
import io.kiosk.api.order.OrderPaid;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.order.OrderStatusReached;
import io.kiosk.api.payment.PaymentCancelled;
import io.kiosk.api.payment.PaymentFailed;
import io.kiosk.api.payment.PaymentHeldForReview;
import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.api.payment.PaymentSucceeded;
import io.kiosk.api.payment.TradeOpeningRequested;
import io.kiosk.projections.analytics.PaymentFacts.Step;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Keeps the analytics facts from cart, order, payment and product events. Each event writes only the facts of
 * its own aggregate, guarded by its sequence number, with its own timestamp: segments may handle aggregates in
 * any interleaving and events may come twice, and a rebuild gives the same tables. A replay starts from empty
 * tables ({@link #emptyEverything()}).
 */
@Component
@ProcessingGroup(AnalyticsProjection.PROCESSING_GROUP)
public class AnalyticsProjection {

    public static final String PROCESSING_GROUP = "analytics";

    private final CartFacts carts;
    private final OrderFacts orders;
    private final PaymentFacts payments;
    private final ProductFacts products;
    private final MallCalendar calendar;
    private final JdbcClient jdbc;

    AnalyticsProjection(CartFacts carts, OrderFacts orders, PaymentFacts payments, ProductFacts products,
                        MallCalendar calendar, JdbcClient jdbc) {
        this.carts = carts;
        this.orders = orders;
        this.payments = payments;
        this.products = products;
        this.calendar = calendar;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CartCreated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        carts.created(event.cartId(), sequence, calendar.of(at));
    }

    @EventHandler
    void on(CartCheckedOut event, @SequenceNumber long sequence, @Timestamp Instant at) {
        carts.checkedOut(event.cartId(), event.orderId(), sequence, calendar.of(at));
    }

    @EventHandler
    void on(OrderPlaced event, @SequenceNumber long sequence, @Timestamp Instant at) {
        orders.placed(event, sequence, calendar.of(at));
    }

    /** Every other step of the order; payment and cancellation have their own handlers below. */
    @EventHandler
    void on(OrderStatusReached event, @SequenceNumber long sequence, @Timestamp Instant at) {
        orders.reached(event.orderId(), event.status(), sequence, calendar.of(at));
    }

    @EventHandler
    void on(OrderPaid event, @SequenceNumber long sequence, @Timestamp Instant at) {
        orders.paid(event.orderId(), event.paymentId(), sequence, calendar.of(at));
    }

    @EventHandler
    void on(OrderCancelled event, @SequenceNumber long sequence, @Timestamp Instant at) {
        orders.cancelled(event.orderId(), event.reason(), event.wasPaid(), sequence, calendar.of(at));
    }

    @EventHandler
    void on(TradeOpeningRequested event, @SequenceNumber long sequence, @Timestamp Instant at) {
        payments.record(event.paymentId(), event.orderId(), Step.PENDING, event.method(), event.amount(), null, sequence,
                calendar.of(at));
    }

    @EventHandler
    void on(PaymentRequested event, @SequenceNumber long sequence, @Timestamp Instant at) {
        payments.record(event.paymentId(), event.orderId(), Step.REQUESTED, event.method(), event.amount(), null, sequence,
                calendar.of(at));
    }

    @EventHandler
    void on(PaymentHeldForReview event, @SequenceNumber long sequence, @Timestamp Instant at) {
        payments.record(event.paymentId(), event.orderId(), Step.HELD_FOR_REVIEW, event.method(), event.amount(), null,
                sequence, calendar.of(at));
    }

    @EventHandler
    void on(PaymentSucceeded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        payments.record(event.paymentId(), event.orderId(), Step.SUCCEEDED, event.method(), event.amount(), null, sequence,
                calendar.of(at));
    }

    @EventHandler
    void on(PaymentFailed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        payments.record(event.paymentId(), event.orderId(), Step.FAILED, null, null, event.reason(), sequence,
                calendar.of(at));
    }

    @EventHandler
    void on(PaymentCancelled event, @SequenceNumber long sequence, @Timestamp Instant at) {
        payments.record(event.paymentId(), event.orderId(), Step.CANCELLED, null, null, null, sequence, calendar.of(at));
    }

    @EventHandler
    void on(ProductDefined event, @SequenceNumber long sequence) {
        products.defined(event.productId(), event.definition(), sequence);
    }

    @EventHandler
    void on(ProductRevised event, @SequenceNumber long sequence) {
        products.defined(event.productId(), event.definition(), sequence);
    }

    /** A replay rebuilds every fact from the first event: refund facts too, from the refund events of this group. */
    @ResetHandler
    void emptyEverything() {
        jdbc.sql("""
                        TRUNCATE analytics.cart_fact, analytics.order_fact, analytics.order_line_fact, analytics.payment_fact,
                                 analytics.product_fact, analytics.refund_line_fact, analytics.refund_fact""")
                .update();
    }
}
