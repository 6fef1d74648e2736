package io.kiosk.query.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.api.cart.CartCreated;
import io.kiosk.api.cart.CartId;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.customer.Role;
import io.kiosk.api.delivery.DeliveryWindow;
import io.kiosk.api.order.OrderAwaitingPayment;
import io.kiosk.api.order.OrderFulfilmentStarted;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderPaid;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.order.OrderRefundRequested;
import io.kiosk.api.order.OrderRefundState;
import io.kiosk.api.order.OrderRefunded;
import io.kiosk.api.order.OrderShipped;
import io.kiosk.api.payment.PaymentAction;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.api.payment.PaymentSucceeded;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundApproved;
import io.kiosk.api.refund.RefundCompleted;
import io.kiosk.api.refund.RefundId;
import io.kiosk.api.refund.RefundLine;
import io.kiosk.api.refund.RefundReason;
import io.kiosk.api.refund.RefundRequested;
import io.kiosk.query.ExampleEvents;
import io.kiosk.query.HttpClientForTests.Answer;
import io.kiosk.query.QuerySideHttpTest;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back office reads an order's whole story from the event store — its own events and its payment's, in
 * log order, with who did each — and sees the order as it stood at any past instant, rebuilt from the events
 * up to then: placed by the customer, paid through the provider, shipped by the back office.
 */
class OrderHistoryHttpTest extends QuerySideHttpTest {

    private static final Instant PLACED = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant PAYMENT_ASKED = Instant.parse("2026-11-20T10:00:01Z");
    private static final Instant PAID = Instant.parse("2026-11-20T10:05:00Z");
    private static final Instant SHIPPED = Instant.parse("2026-11-21T09:00:00Z");
    private static final String KIOSK = "00000000-0000-0000-0000-000000000000";

    private final CustomerId mia = CustomerId.random();
    private final CustomerId clerk = CustomerId.random();
    private final OrderId order = OrderId.random();
    private final PaymentId payment = PaymentId.random();
    private OrderPlaced placed;

    private static MetaData by(Object account, String trace) {
        return MetaData.from(Map.of("accountId", account.toString(), "traceId", trace, "correlationId", trace));
    }

    /** Placed by Mia; the order process (Kiosk itself) asks for the money; the provider's notice pays it; the clerk ships. */
    @BeforeEach
    void anOrderPaidAndShipped() {
        placed = ExampleEvents.orderPlaced(order, mia);
        history.recordAt(PLACED, by(mia, "checkout"), ExampleEvents.ORDER, order, placed);
        history.recordAt(PAYMENT_ASKED, by(KIOSK, "checkout"), ExampleEvents.ORDER, order, new OrderAwaitingPayment(order, payment));
        history.recordAt(PAYMENT_ASKED, by(KIOSK, "checkout"), "Payment", payment, new PaymentRequested(payment, order, mia,
                PaymentProvider.ALIPAY, Money.of("398.00", "CNY"),
                new PaymentAction(PaymentAction.Kind.REDIRECT, "https://pay.example/" + payment)));
        history.recordAt(PAID, by(KIOSK, "notice"), "Payment", payment, new PaymentSucceeded(payment, order, PaymentProvider.ALIPAY,
                Money.of("398.00", "CNY"), "2026112022001", PAID));
        history.recordAt(PAID, by(KIOSK, "notice"), ExampleEvents.ORDER, order, new OrderPaid(order, payment));
        history.recordAt(SHIPPED, by(clerk, "shipping"), ExampleEvents.ORDER, order, new OrderFulfilmentStarted(order));
        history.recordAt(SHIPPED, by(clerk, "shipping"), ExampleEvents.ORDER, order, new OrderShipped(order, "SF Express",
                "SF1234567890", new DeliveryWindow(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 24))));
    }

    private String staff() {
        return identity.accessToken(CustomerId.random(), Role.BACK_OFFICE);
    }

    @Test
    void the_history_lists_the_order_and_its_payment_in_log_order_with_who_did_each() {
        Answer answer = http.get("/api/orders/" + order + "/history", staff());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.field("orderId")).isEqualTo(order.toString());
        JsonNode events = answer.body().path("events");
        assertThat(events.findValuesAsText("type")).containsExactly("OrderPlaced", "OrderAwaitingPayment", "PaymentRequested",
                "PaymentSucceeded", "OrderPaid", "OrderFulfilmentStarted", "OrderShipped");
        assertThat(events.findValuesAsText("aggregateType"))
                .containsExactly("Order", "Order", "Payment", "Payment", "Order", "Order", "Order");
        assertThat(events.findValuesAsText("who")).containsExactly(mia.toString(), KIOSK, KIOSK, KIOSK, KIOSK,
                clerk.toString(), clerk.toString());
        assertThat(events.findValuesAsText("traceId")).containsExactly("checkout", "checkout", "checkout", "notice", "notice",
                "shipping", "shipping");
        List<Long> positions = events.findValues("position").stream().map(JsonNode::asLong).toList();
        assertThat(positions).isSorted().doesNotHaveDuplicates();
        JsonNode requested = events.get(2);
        assertThat(requested.path("aggregateId").asText()).isEqualTo(payment.toString());
        assertThat(requested.path("sequence").asLong()).isZero();
        assertThat(requested.path("timestamp").asText()).isEqualTo(PAYMENT_ASKED.toString());
        assertThat(requested.path("payload").path("method").asText()).isEqualTo("ALIPAY");
        assertThat(requested.path("payload").path("amount").path("amount").asText()).isEqualTo("398.00");
        assertThat(events.get(6).path("sequence").asLong()).isEqualTo(4);
        assertThat(events.get(6).path("payload").path("trackingNumber").asText()).isEqualTo("SF1234567890");
    }

    @Test
    void the_order_as_of_an_instant_between_two_steps_is_what_it_was_then() {
        Answer answer = http.get("/api/orders/" + order + "/as-of?at=2026-11-20T10:03:00Z", staff());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.field("asOf")).isEqualTo("2026-11-20T10:03:00Z");
        assertThat(answer.body().path("eventsApplied").asInt()).isEqualTo(3);
        JsonNode then = answer.body().path("order");
        assertThat(then.path("status").asText()).isEqualTo("AWAITING_PAYMENT");
        assertThat(then.path("timeline").findValuesAsText("status")).containsExactly("PLACED", "AWAITING_PAYMENT");
        assertThat(then.path("payment").path("status").asText()).isEqualTo("REQUESTED");
        assertThat(then.path("payment").path("action").path("value").asText()).isEqualTo("https://pay.example/" + payment);
        assertThat(then.path("total").path("amount").asText()).isEqualTo("398.00");
        assertThat(then.path("lines")).hasSize(1);
        assertThat(then.has("shipment")).isFalse();
        assertThat(then.path("version").asLong()).isOne();

        JsonNode later = http.get("/api/orders/" + order + "/as-of?at=2026-11-21T17:00:00+08:00", staff()).body().path("order");
        assertThat(later.path("status").asText()).as("an event at the very instant counts, in any offset").isEqualTo("SHIPPED");
        assertThat(later.path("shipment").path("carrier").asText()).isEqualTo("SF Express");
        assertThat(later.path("payment").has("action")).isFalse();
    }

    @Test
    void the_order_as_of_now_is_what_tracking_shows() throws Exception {
        String customer = identity.accessToken(mia, Role.CUSTOMER);
        Answer tracked = eventually("/api/orders/" + order, customer, answer -> answer.field("status").equals("SHIPPED")
                && answer.body().path("payment").path("status").asText().equals("SUCCEEDED"));

        Answer now = http.get("/api/orders/" + order + "/as-of?at=" + Instant.now(), staff());

        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(now.body().path("order").toString())).isEqualTo(json.readTree(tracked.text()));
    }

    @Test
    void a_refund_shows_in_the_history_and_in_the_order_as_of_any_instant() throws Exception {
        Instant asked = Instant.parse("2026-11-25T08:00:00Z");
        Instant paidBack = Instant.parse("2026-11-25T09:00:00Z");
        RefundId refund = RefundId.random();
        OrderLine charger = placed.lines().get(0);
        RefundLine one = new RefundLine(charger.lineId(), charger.productId(), new Quantity(1), charger.unitPrice());
        Money amount = one.amount();
        history.recordAt(asked, by(mia, "refund"), ExampleEvents.ORDER, order, new OrderRefundRequested(order, refund, mia,
                payment, PaymentProvider.ALIPAY, List.of(one), amount, RefundReason.DAMAGED, "scratched", false, false));
        history.recordAt(asked, by(mia, "refund"), "Refund", refund, new RefundRequested(refund, order, mia, payment,
                PaymentProvider.ALIPAY, List.of(one), amount, RefundReason.DAMAGED, "scratched", false));
        history.recordAt(asked.plusSeconds(60), by(clerk, "review"), "Refund", refund,
                new RefundApproved(refund, order, amount, amount, false, false, "sorry about that"));
        history.recordAt(paidBack, by(KIOSK, "payout"), "Refund", refund,
                new RefundCompleted(refund, order, amount, "R-1", paidBack));
        history.recordAt(paidBack, by(KIOSK, "payout"), ExampleEvents.ORDER, order, new OrderRefunded(order, refund, amount,
                List.of(one), amount, OrderRefundState.PARTIALLY_REFUNDED));

        JsonNode events = http.get("/api/orders/" + order + "/history", staff()).body().path("events");
        JsonNode between = http.get("/api/orders/" + order + "/as-of?at=2026-11-25T08:30:00Z", staff()).body().path("order");
        String customer = identity.accessToken(mia, Role.CUSTOMER);
        Answer tracked = eventually("/api/orders/" + order, customer,
                answer -> answer.field("refundState").equals("PARTIALLY_REFUNDED")
                        && answer.body().path("refunds").path(0).path("status").asText().equals("REFUNDED"));
        Answer now = http.get("/api/orders/" + order + "/as-of?at=" + Instant.now(), staff());

        assertThat(events.findValuesAsText("type")).endsWith("OrderRefundRequested", "RefundRequested", "RefundApproved",
                "RefundCompleted", "OrderRefunded");
        assertThat(between.path("refundState").asText()).isEqualTo("NONE");
        assertThat(between.path("refunds").path(0).path("status").asText()).isEqualTo("PAYING_OUT");
        assertThat(between.path("refunds").path(0).path("note").asText()).isEqualTo("sorry about that");
        assertThat(between.has("refunded")).isFalse();
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(now.body().path("order").toString())).isEqualTo(json.readTree(tracked.text()));
        assertThat(tracked.body().path("refunded").path("amount").asText()).isEqualTo("199.00");
    }

    @Test
    void before_its_placement_the_order_did_not_exist_yet() {
        Answer before = http.get("/api/orders/" + order + "/as-of?at=2026-11-20T09:59:59Z", staff());

        assertThat(before.status()).isEqualTo(404);
        assertThat(before.field("type")).isEqualTo("/problems/not-found");
        assertThat(before.field("detail")).contains("not placed yet", PLACED.toString());
    }

    @Test
    void an_unknown_order_or_a_bad_instant_is_a_problem_not_an_error() {
        CartId cart = CartId.random();
        history.record("Cart", cart, new CartCreated(cart, mia));

        assertThat(http.get("/api/orders/" + OrderId.random() + "/history", staff()).status()).isEqualTo(404);
        assertThat(http.get("/api/orders/" + OrderId.random() + "/as-of?at=2026-11-20T10:00:00Z", staff()).status()).isEqualTo(404);
        assertThat(http.get("/api/orders/" + cart + "/history", staff()).status()).as("a cart is no order").isEqualTo(404);
        Answer badInstant = http.get("/api/orders/" + order + "/as-of?at=yesterday", staff());
        assertThat(badInstant.status()).isEqualTo(400);
        assertThat(badInstant.field("field")).isEqualTo("at");
        assertThat(http.get("/api/orders/" + order + "/as-of", staff()).field("field")).isEqualTo("at");
        assertThat(http.get("/api/orders/not-an-id/history", staff()).field("field")).isEqualTo("orderId");
    }
}
