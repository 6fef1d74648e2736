package io.kiosk.command.orderprocess;

import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.CancellationReason;
import io.kiosk.api.order.OrderCancelled;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.payment.PaymentAction;
import io.kiosk.api.payment.PaymentCancelled;
import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.command.HttpClientForTests.Answer;
import io.kiosk.command.SandboxHttpTest;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.POST;

/**
 * The order's journey over HTTP, against the real event store and the real Payment aggregate with the
 * payment sandbox as provider: the back office offers and stocks a charger, a customer checks two of
 * them out, and the order process holds the stock and asks for the money (the payment records
 * {@code PaymentRequested}, pointing at the sandbox's page). Then either the customer cancels, the stock
 * goes back and the payment is cancelled; or the customer pays on the sandbox page, whose signed
 * notification makes the payment succeed, and the back office picks, ships and delivers the order; or
 * nobody pays and the order expires when its stored deadline comes due, which cancels the payment.
 *
 * <p>Shares its Spring context with the other journeys ({@link SandboxHttpTest}).
 */
class OrderJourneyHttpTest extends SandboxHttpTest {

    @Autowired
    DeadlineManager deadlines;

    private OrderJourney journey;

    @BeforeEach
    void setUp() {
        journey = newOrderJourney();
    }

    @Test
    void a_checked_out_order_holds_its_stock_and_waits_for_the_money_until_the_customer_cancels_it() {
        String order = journey.checkOutTwoChargers("CARD");

        assertThat(journey.eventsWith(order, "OrderAwaitingPayment"))
                .containsExactly("OrderPlaced", "OrderAwaitingPayment");
        assertThat(journey.eventsOf(journey.stockItem)).endsWith("StockReserved");
        PaymentRequested request = journey.paymentRequestedFor(order);
        assertThat(request.method()).isEqualTo(PaymentProvider.CARD);
        assertThat(request.amount().amount()).isEqualByComparingTo("398.00");
        assertThat(request.action().kind()).isEqualTo(PaymentAction.Kind.REDIRECT);
        assertThat(journey.sandboxPage(request)).isEqualTo("/sandbox/pay/" + request.paymentId());
        assertThat(journey.paymentDeadlinesOnceThereAre(order, 1))
                .as("the payment deadline is stored in the database").isEqualTo(1);

        assertThat(journey.stranger().send(POST, "/api/orders/" + order + "/cancellation", null).status())
                .as("another customer's order does not exist for them").isEqualTo(404);
        Answer shipped = journey.backOffice.send(POST, "/api/orders/" + order + "/shipment", """
                {"carrier":"SF Express","trackingNumber":"SF1","eta":{"earliest":"2026-12-01","latest":"2026-12-02"}}""");
        assertThat(shipped.status()).as("nothing ships before it is paid").isEqualTo(409);
        assertThat(shipped.text("type")).isEqualTo("/problems/order-status-conflict");

        Answer cancelled = journey.customer.send(POST, "/api/orders/" + order + "/cancellation", null);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.text("status")).isEqualTo("CANCELLED");

        assertThat(journey.eventsEndingWith(journey.stockItem, "StockReleased"))
                .endsWith("StockReserved", "StockReleased");
        assertThat(journey.eventsWith(request.paymentId(), "TradeClosed"))
                .as("the open payment is cancelled and its trade closed by the provider adapter")
                .containsExactly("TradeOpeningRequested", "PaymentRequested", "PaymentCancelled", "TradeClosingRequested", "TradeClosed");
        assertThat(journey.payloadsOf(request.paymentId().toString()))
                .contains(new PaymentCancelled(request.paymentId(), request.orderId(), "order-cancelled"));
        assertThat(journey.openSandboxPage(request))
                .as("the trade is closed at the provider").contains("This trade was closed by Kiosk.");
        assertThat(journey.paymentDeadlinesOnceThereAre(order, 0))
                .as("a cancelled order has no deadline left").isZero();
        assertThat(journey.customer.send(POST, "/api/orders/" + order + "/cancellation", null).status())
                .as("cancelling again changes nothing").isEqualTo(200);
        assertThat(journey.eventsOf(order)).containsExactly("OrderPlaced", "OrderAwaitingPayment", "OrderCancelled");
    }

    @Test
    void a_paid_order_is_picked_shipped_and_delivered_by_the_back_office() {
        String order = journey.checkOutTwoChargers("CARD");
        PaymentRequested request = journey.paymentRequestedFor(order);

        assertThat(journey.chooseOnSandboxPage(request, "pay").status()).isEqualTo(200);

        journey.assertPaid(order);

        Answer picking = journey.pick(order);
        assertThat(picking.status()).isEqualTo(200);
        assertThat(picking.text("status")).isEqualTo("IN_FULFILMENT");
        Answer shipped = journey.ship(order);
        assertThat(shipped.status()).isEqualTo(200);
        assertThat(shipped.text("status")).isEqualTo("SHIPPED");

        Answer tooLate = journey.customer.send(POST, "/api/orders/" + order + "/cancellation", null);
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.text("type")).isEqualTo("/problems/order-already-shipped");

        Answer delivered = journey.deliver(order);
        assertThat(delivered.status()).isEqualTo(200);
        assertThat(delivered.text("status")).isEqualTo("DELIVERED");
        assertThat(journey.eventsOf(order)).containsExactly("OrderPlaced", "OrderAwaitingPayment", "OrderPaid",
                "OrderFulfilmentStarted", "OrderShipped", "OrderDelivered");
    }

    @Test
    void the_back_office_cancels_a_customer_s_paid_order_for_its_own_reason_and_the_money_goes_back() {
        String order = journey.checkOutTwoChargers("CARD");
        PaymentRequested request = journey.paymentRequestedFor(order);
        assertThat(journey.chooseOnSandboxPage(request, "pay").status()).isEqualTo(200);
        journey.assertPaid(order);

        Answer cancelled = journey.backOffice.send(POST, "/api/orders/" + order + "/cancellation", null);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
        assertThat(journey.eventsOf(order)).contains("OrderCancelled");
        assertThat(journey.payloadsOf(order)).filteredOn(OrderCancelled.class::isInstance)
                .as("the event says the back office stopped it, not the customer")
                .containsExactly(new OrderCancelled(new OrderId(UUID.fromString(order)), CancellationReason.BACK_OFFICE, true));
    }

    @Test
    void an_unpaid_order_expires_when_its_stored_deadline_comes_due_and_its_stock_goes_back() {
        String order = journey.checkOutTwoChargers("CARD");
        PaymentRequested request = journey.paymentRequestedFor(order);
        assertThat(journey.paymentDeadlinesOnceThereAre(order, 1)).isEqualTo(1);

        journey.bringPaymentDeadlineForward(order);

        assertThat(journey.eventsWith(order, "OrderExpired"))
                .containsExactly("OrderPlaced", "OrderAwaitingPayment", "OrderExpired");
        assertThat(journey.eventsEndingWith(journey.stockItem, "StockReleased"))
                .endsWith("StockReserved", "StockReleased");
        assertThat(journey.eventsWith(request.paymentId(), "TradeClosed"))
                .as("the open payment is cancelled and its trade closed by the provider adapter")
                .containsExactly("TradeOpeningRequested", "PaymentRequested", "PaymentCancelled", "TradeClosingRequested", "TradeClosed");
        assertThat(journey.payloadsOf(request.paymentId().toString()))
                .contains(new PaymentCancelled(request.paymentId(), request.orderId(), "order-expired"));
    }

    @Test
    void payment_deadlines_are_kept_in_the_database_so_that_they_survive_a_restart() {
        assertThat(deadlines).isInstanceOf(DbSchedulerDeadlineManager.class);
    }

    @Test
    void a_shipment_needs_a_carrier_a_tracking_number_and_a_sensible_window() {
        String order = journey.checkOutTwoChargers("CARD");
        Answer noCarrier = journey.backOffice.send(POST, "/api/orders/" + order + "/shipment", """
                {"trackingNumber":"SF1","eta":{"earliest":"2026-12-01","latest":"2026-12-02"}}""");
        assertThat(noCarrier.status()).isEqualTo(400);
        assertThat(noCarrier.text("field")).isEqualTo("carrier");
        Answer backwards = journey.backOffice.send(POST, "/api/orders/" + order + "/shipment", """
                {"carrier":"SF Express","trackingNumber":"SF1","eta":{"earliest":"2026-12-03","latest":"2026-12-01"}}""");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.text("field")).isEqualTo("eta");
        assertThat(journey.deliver(java.util.UUID.randomUUID().toString()).status())
                .isEqualTo(404);
    }
}
