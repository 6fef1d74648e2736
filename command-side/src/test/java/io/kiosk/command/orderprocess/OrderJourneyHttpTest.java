package io.kiosk.command.orderprocess;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.customer.Role;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.payment.CancelPayment;
import io.kiosk.api.payment.PaymentSucceeded;
import io.kiosk.api.payment.RequestPayment;
import io.kiosk.command.HttpClientForTests;
import io.kiosk.command.HttpClientForTests.Answer;
import io.kiosk.command.TestCheckout;
import io.kiosk.command.TestTokens;
import io.kiosk.command.catalog.BackOfficeClient;
import io.kiosk.command.catalog.TestProducts;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * The order's journey over HTTP, against the real event store: the back office offers and stocks a
 * charger, a customer checks two of them out, and the order process holds the stock and asks for
 * the money ({@link PaymentStandIn} takes the payment commands). Then either the customer cancels
 * and the stock goes back, or the payment succeeds (published here as the Payment aggregate would)
 * and the back office picks, ships and delivers the order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OrderJourneyHttpTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    ObjectMapper json;

    @Autowired
    EventGateway events;

    @Autowired
    PaymentStandIn payments;

    @Autowired
    DeadlineManager deadlines;

    private HttpClientForTests customer;
    private HttpClientForTests backOffice;
    private String charger;
    private String stockItem;

    @BeforeEach
    void setUp() {
        customer = new HttpClientForTests("http://localhost:" + port)
                .as(new TestTokens(encoder).forAccount(CustomerId.random(), Role.CUSTOMER));
        BackOfficeClient staff = new BackOfficeClient("http://localhost:" + port, encoder, json);
        backOffice = staff.http();
        charger = TestProducts.uniqueId("ks-charger-pro");
        staff.offer(charger, TestProducts.charger());
        assertThat(backOffice.send(PUT, "/api/products/" + charger + "/stock",
                "{\"options\":{\"colour\":\"graphite\",\"size\":\"L\"},\"onHand\":5}").status()).isEqualTo(200);
        stockItem = charger + "/colour=graphite;size=L";
    }

    /** Two graphite L chargers checked out: the new order's id. */
    private String checkOutTwoChargers() {
        String cart = customer.send(POST, "/api/carts", null).text("cartId");
        assertThat(customer.send(POST, "/api/carts/" + cart + "/items", """
                {"productId":"%s","options":{"colour":"graphite","size":"L"},"quantity":2}""".formatted(charger))
                .status()).isEqualTo(201);
        Answer checkedOut = customer.send(POST, "/api/carts/" + cart + "/checkout", TestCheckout.body("CARD", "BJ"));
        assertThat(checkedOut.status()).isEqualTo(201);
        return checkedOut.text("orderId");
    }

    private List<String> eventsOf(String aggregate) {
        return jdbc.queryForList("select payload_type from eventstore.domain_event_entry"
                + " where aggregate_identifier = ? order by sequence_number", String.class, aggregate)
                .stream().map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    /** Payment deadlines stored for the order's process (db-scheduler's table: they outlive a restart). */
    private int paymentDeadlinesOf(String order) {
        return jdbc.queryForObject("select count(*) from command.scheduled_tasks t join command.association_value_entry a"
                + " on a.association_key = 'orderId' and a.association_value = ?"
                + " and position(convert_to(a.saga_id, 'UTF8') in t.task_data) > 0", Integer.class, order);
    }

    private static <T> T eventually(Supplier<T> value, java.util.function.Predicate<T> done) {
        Instant giveUp = Instant.now().plus(PATIENCE);
        T current = value.get();
        while (!done.test(current) && Instant.now().isBefore(giveUp)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
            current = value.get();
        }
        return current;
    }

    private RequestPayment paymentRequestFor(String order) {
        return (RequestPayment) eventually(() -> payments.received().stream()
                        .filter(command -> command instanceof RequestPayment request && request.orderId().toString().equals(order))
                        .findFirst().orElse(null), found -> found != null);
    }

    @Test
    void a_checked_out_order_holds_its_stock_and_waits_for_the_money_until_the_customer_cancels_it() {
        String order = checkOutTwoChargers();

        assertThat(eventually(() -> eventsOf(order), types -> types.contains("OrderAwaitingPayment")))
                .containsExactly("OrderPlaced", "OrderAwaitingPayment");
        assertThat(eventsOf(stockItem)).endsWith("StockReserved");
        RequestPayment request = paymentRequestFor(order);
        assertThat(request).isNotNull();
        assertThat(request.method()).isEqualTo(PaymentProvider.CARD);
        assertThat(request.amount().amount()).isEqualByComparingTo("398.00");
        assertThat(eventually(() -> paymentDeadlinesOf(order), count -> count == 1))
                .as("the payment deadline is stored in the database").isEqualTo(1);

        HttpClientForTests stranger = customer.as(new TestTokens(encoder).forAccount(CustomerId.random(), Role.CUSTOMER));
        assertThat(stranger.send(POST, "/api/orders/" + order + "/cancellation", null).status())
                .as("another customer's order does not exist for them").isEqualTo(404);
        Answer shipped = backOffice.send(POST, "/api/orders/" + order + "/shipment", """
                {"carrier":"SF Express","trackingNumber":"SF1","eta":{"earliest":"2026-12-01","latest":"2026-12-02"}}""");
        assertThat(shipped.status()).as("nothing ships before it is paid").isEqualTo(409);
        assertThat(shipped.text("type")).isEqualTo("/problems/order-status-conflict");

        Answer cancelled = customer.send(POST, "/api/orders/" + order + "/cancellation", null);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.text("status")).isEqualTo("CANCELLED");

        assertThat(eventually(() -> eventsOf(stockItem), types -> types.get(types.size() - 1).equals("StockReleased")))
                .endsWith("StockReserved", "StockReleased");
        assertThat(eventually(() -> payments.received().stream().anyMatch(command -> command instanceof CancelPayment cancel
                && cancel.paymentId().equals(request.paymentId())), cancelledPayment -> cancelledPayment)).isTrue();
        assertThat(eventually(() -> paymentDeadlinesOf(order), count -> count == 0))
                .as("a cancelled order has no deadline left").isZero();
        assertThat(customer.send(POST, "/api/orders/" + order + "/cancellation", null).status())
                .as("cancelling again changes nothing").isEqualTo(200);
        assertThat(eventsOf(order)).containsExactly("OrderPlaced", "OrderAwaitingPayment", "OrderCancelled");
    }

    @Test
    void a_paid_order_is_picked_shipped_and_delivered_by_the_back_office() {
        String order = checkOutTwoChargers();
        RequestPayment request = paymentRequestFor(order);
        assertThat(request).isNotNull();

        events.publish(new PaymentSucceeded(request.paymentId(), OrderId.of(order), request.method(), request.amount(),
                "test-transaction", Instant.now()));

        assertThat(eventually(() -> eventsOf(order), types -> types.contains("OrderPaid")))
                .containsExactly("OrderPlaced", "OrderAwaitingPayment", "OrderPaid");
        assertThat(eventually(() -> eventsOf(stockItem), types -> types.contains("StockCommitted")))
                .endsWith("StockReserved", "StockCommitted");
        assertThat(eventually(() -> paymentDeadlinesOf(order), count -> count == 0))
                .as("a paid order has no deadline left").isZero();

        Answer picking = backOffice.send(POST, "/api/orders/" + order + "/fulfilment", null);
        assertThat(picking.status()).isEqualTo(200);
        assertThat(picking.text("status")).isEqualTo("IN_FULFILMENT");
        Answer shipped = backOffice.send(POST, "/api/orders/" + order + "/shipment", """
                {"carrier":"SF Express","trackingNumber":"SF1234567890","eta":{"earliest":"2026-12-01","latest":"2026-12-03"}}""");
        assertThat(shipped.status()).isEqualTo(200);
        assertThat(shipped.text("status")).isEqualTo("SHIPPED");

        Answer tooLate = customer.send(POST, "/api/orders/" + order + "/cancellation", null);
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.text("type")).isEqualTo("/problems/order-already-shipped");

        Answer delivered = backOffice.send(POST, "/api/orders/" + order + "/delivery", null);
        assertThat(delivered.status()).isEqualTo(200);
        assertThat(delivered.text("status")).isEqualTo("DELIVERED");
        assertThat(eventsOf(order)).containsExactly("OrderPlaced", "OrderAwaitingPayment", "OrderPaid",
                "OrderFulfilmentStarted", "OrderShipped", "OrderDelivered");
    }

    @Test
    void an_unpaid_order_expires_when_its_stored_deadline_comes_due_and_its_stock_goes_back() {
        String order = checkOutTwoChargers();
        RequestPayment request = paymentRequestFor(order);
        assertThat(request).isNotNull();
        assertThat(eventually(() -> paymentDeadlinesOf(order), count -> count == 1)).isEqualTo(1);

        // as if the payment timeout had passed (while this or any other instance was down)
        jdbc.update("update command.scheduled_tasks t set execution_time = now() from command.association_value_entry a"
                + " where a.association_key = 'orderId' and a.association_value = ?"
                + " and position(convert_to(a.saga_id, 'UTF8') in t.task_data) > 0", order);

        assertThat(eventually(() -> eventsOf(order), types -> types.contains("OrderExpired")))
                .containsExactly("OrderPlaced", "OrderAwaitingPayment", "OrderExpired");
        assertThat(eventually(() -> eventsOf(stockItem), types -> types.get(types.size() - 1).equals("StockReleased")))
                .endsWith("StockReserved", "StockReleased");
        assertThat(eventually(() -> payments.received().contains(new CancelPayment(request.paymentId(), "order-expired")),
                cancelled -> cancelled)).isTrue();
    }

    @Test
    void payment_deadlines_are_kept_in_the_database_so_that_they_survive_a_restart() {
        assertThat(deadlines).isInstanceOf(DbSchedulerDeadlineManager.class);
    }

    @Test
    void a_shipment_needs_a_carrier_a_tracking_number_and_a_sensible_window() {
        String order = checkOutTwoChargers();
        Answer noCarrier = backOffice.send(POST, "/api/orders/" + order + "/shipment", """
                {"trackingNumber":"SF1","eta":{"earliest":"2026-12-01","latest":"2026-12-02"}}""");
        assertThat(noCarrier.status()).isEqualTo(400);
        assertThat(noCarrier.text("field")).isEqualTo("carrier");
        Answer backwards = backOffice.send(POST, "/api/orders/" + order + "/shipment", """
                {"carrier":"SF Express","trackingNumber":"SF1","eta":{"earliest":"2026-12-03","latest":"2026-12-01"}}""");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.text("field")).isEqualTo("eta");
        assertThat(backOffice.send(POST, "/api/orders/" + java.util.UUID.randomUUID() + "/delivery", null).status())
                .isEqualTo(404);
    }
}
