package io.kiosk.query.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.DeliveryAddress;
import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.customer.PhoneNumber;
import io.kiosk.api.customer.Role;
import io.kiosk.api.delivery.DeliveryWindow;
import io.kiosk.api.order.CancellationReason;
import io.kiosk.api.order.CheckoutDetails;
import io.kiosk.api.order.Contact;
import io.kiosk.api.order.OrderAwaitingPayment;
import io.kiosk.api.order.OrderCancelled;
import io.kiosk.api.order.OrderFulfilmentStarted;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderPaid;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.order.OrderRefundState;
import io.kiosk.api.order.OrderRefunded;
import io.kiosk.api.order.OrderShipped;
import io.kiosk.api.payment.PaymentAction;
import io.kiosk.api.payment.PaymentHeldForReview;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.api.payment.PaymentSucceeded;
import io.kiosk.api.payment.TradeOpeningRequested;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundApproved;
import io.kiosk.api.refund.RefundCompleted;
import io.kiosk.api.refund.RefundId;
import io.kiosk.api.refund.RefundLine;
import io.kiosk.api.refund.RefundReason;
import io.kiosk.api.refund.RefundRequested;
import io.kiosk.api.refund.ReturnAccepted;
import io.kiosk.api.refund.ReturnAuthorised;
import io.kiosk.api.refund.ReturnShipped;
import io.kiosk.query.ExampleEvents;
import io.kiosk.query.HttpClientForTests.Answer;
import io.kiosk.query.QuerySideHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Following an order over the query API: its owner and staff see it, nobody else learns it exists;
 * every step it takes shows, with a timeline and, once shipped, the shipment.
 */
class OrderTrackingHttpTest extends QuerySideHttpTest {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void a_customer_follows_their_own_order_with_its_owner_lines_and_total() {
        CustomerId mia = CustomerId.random();
        OrderId order = placedBy(mia);

        Answer answer = http.get("/api/orders/" + order, identity.accessToken(mia, Role.CUSTOMER));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.field("orderId")).isEqualTo(order.toString());
        assertThat(answer.field("customerId")).isEqualTo(mia.toString());
        assertThat(answer.field("status")).isEqualTo("PLACED");
        assertThat(answer.body().path("lines").get(0).path("productId").asText()).isEqualTo("ks-charger-pro");
        assertThat(answer.body().path("lines").get(0).path("label").path("name").path("en").asText())
                .isEqualTo("KS Wireless Charger Pro");
        assertThat(answer.body().path("lines").get(0).path("label").path("category").asText()).isEqualTo("chargers");
        assertThat(answer.body().path("total").path("amount").asText()).isEqualTo("398.00");
    }

    @Test
    void another_customers_order_is_answered_exactly_like_a_missing_one() {
        OrderId someoneElses = placedBy(CustomerId.random());
        OrderId missing = OrderId.random();
        String noah = identity.accessToken(CustomerId.random(), Role.CUSTOMER);

        Answer forbiddenFruit = http.get("/api/orders/" + someoneElses, noah);
        Answer nothing = http.get("/api/orders/" + missing, noah);

        assertThat(forbiddenFruit.status()).isEqualTo(404).isEqualTo(nothing.status());
        assertThat(forbiddenFruit.contentType()).isEqualTo(nothing.contentType());
        assertThat(forbiddenFruit.text().replace(someoneElses.toString(), "{id}"))
                .isEqualTo(nothing.text().replace(missing.toString(), "{id}"));
        assertThat(forbiddenFruit.field("type")).isEqualTo("/problems/not-found");
    }

    @Test
    void back_office_and_admins_follow_every_customers_orders() {
        CustomerId mia = CustomerId.random();
        OrderId order = placedBy(mia);

        for (Role staff : new Role[] {Role.BACK_OFFICE, Role.ADMIN}) {
            Answer answer = http.get("/api/orders/" + order, identity.accessToken(CustomerId.random(), staff));

            assertThat(answer.status()).as(staff.name()).isEqualTo(200);
            assertThat(answer.field("customerId")).as(staff.name()).isEqualTo(mia.toString());
        }
    }

    @Test
    void replaying_the_order_events_keeps_one_row_per_order_and_per_line() {
        CustomerId mia = CustomerId.random();
        OrderId order = placedBy(mia);
        String before = http.get("/api/orders/" + order, identity.accessToken(mia, Role.CUSTOMER)).text();

        replayEverything("order-tracking");

        assertThat(rows("order_tracking", order)).isOne();
        assertThat(rows("order_tracking_line", order)).isOne();
        assertThat(http.get("/api/orders/" + order, identity.accessToken(mia, Role.CUSTOMER)).text()).isEqualTo(before);
    }

    @Test
    void a_customer_follows_every_step_until_the_goods_are_on_their_way() {
        CustomerId mia = CustomerId.random();
        OrderId order = placedBy(mia);
        PaymentId payment = PaymentId.random();
        DeliveryWindow eta = new DeliveryWindow(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3));

        history.record(ExampleEvents.ORDER, order, new OrderAwaitingPayment(order, payment), new OrderPaid(order, payment),
                new OrderFulfilmentStarted(order), new OrderShipped(order, "SF Express", "SF1234567890", eta));
        Answer shipped = eventually("/api/orders/" + order, identity.accessToken(mia, Role.CUSTOMER),
                answer -> answer.field("status").equals("SHIPPED"));

        assertThat(shipped.body().path("shipment").path("trackingNumber").asText()).isEqualTo("SF1234567890");
        assertThat(shipped.body().path("shipment").path("eta").path("latest").asText()).isEqualTo("2026-12-03");
        assertThat(shipped.body().path("timeline").findValuesAsText("status"))
                .containsExactly("PLACED", "AWAITING_PAYMENT", "PAID", "IN_FULFILMENT", "SHIPPED");
        assertThat(shipped.field("version")).isEqualTo("4");
    }

    @Test
    void a_step_handled_again_neither_goes_back_nor_adds_to_the_timeline() {
        CustomerId mia = CustomerId.random();
        OrderId order = placedBy(mia);
        history.record(ExampleEvents.ORDER, order, new OrderCancelled(order, CancellationReason.CUSTOMER_REQUEST, false));
        String token = identity.accessToken(mia, Role.CUSTOMER);
        String cancelled = eventually("/api/orders/" + order, token, answer -> answer.field("status").equals("CANCELLED")).text();

        replayEverything("order-tracking");

        assertThat(http.get("/api/orders/" + order, token).text()).isEqualTo(cancelled);
        assertThat(rows("order_tracking_status", order)).isEqualTo(2);
    }

    @Test
    void the_owner_sees_how_to_pay_until_the_payment_settles_even_when_it_is_seen_before_the_order() {
        CustomerId mia = CustomerId.random();
        OrderId order = OrderId.random();
        PaymentId payment = PaymentId.random();
        PaymentAction page = new PaymentAction(PaymentAction.Kind.REDIRECT, "http://localhost:8080/sandbox/pay/" + payment);
        history.record("Payment", payment, new PaymentRequested(payment, order, mia, PaymentProvider.ALIPAY,
                Money.of("398.00", "CNY"), page));
        history.record(ExampleEvents.ORDER, order, ExampleEvents.orderPlaced(order, mia));
        String token = identity.accessToken(mia, Role.CUSTOMER);

        Answer waiting = eventually("/api/orders/" + order, token,
                answer -> answer.body().path("payment").path("status").asText().equals("REQUESTED"));
        assertThat(waiting.body().path("payment").path("method").asText()).isEqualTo("ALIPAY");
        assertThat(waiting.body().path("payment").path("action").path("value").asText()).isEqualTo(page.value());

        history.record("Payment", payment, new PaymentSucceeded(payment, order, PaymentProvider.ALIPAY,
                Money.of("398.00", "CNY"), "2026112522001", Instant.parse("2026-11-25T10:00:00Z")));
        Answer paid = eventually("/api/orders/" + order, token,
                answer -> answer.body().path("payment").path("status").asText().equals("SUCCEEDED"));
        assertThat(paid.body().path("payment").has("action")).as("nothing left to do").isFalse();
    }

    @Test
    void a_payment_asked_of_its_provider_is_pending_without_an_action_until_the_trade_is_open() {
        CustomerId mia = CustomerId.random();
        OrderId order = placedBy(mia);
        PaymentId payment = PaymentId.random();
        history.record("Payment", payment, new TradeOpeningRequested(payment, order, mia, PaymentProvider.WECHAT_PAY,
                Money.of("398.00", "CNY"), "Kiosk order " + order));
        String token = identity.accessToken(mia, Role.CUSTOMER);

        Answer pending = eventually("/api/orders/" + order, token,
                answer -> answer.body().path("payment").path("status").asText().equals("PENDING"));
        assertThat(pending.body().path("payment").path("method").asText()).isEqualTo("WECHAT_PAY");
        assertThat(pending.body().path("payment").has("action")).as("nothing to do yet: the provider is being asked").isFalse();

        PaymentAction code = new PaymentAction(PaymentAction.Kind.QR_CODE, "weixin://wxpay/bizpayurl?pr=p4lpSuKzz");
        history.record("Payment", payment, new PaymentRequested(payment, order, mia, PaymentProvider.WECHAT_PAY,
                Money.of("398.00", "CNY"), code));
        Answer open = eventually("/api/orders/" + order, token,
                answer -> answer.body().path("payment").path("status").asText().equals("REQUESTED"));
        assertThat(open.body().path("payment").path("action").path("value").asText()).isEqualTo(code.value());
    }

    @Test
    void the_owner_sees_the_checkout_details_with_the_order() {
        CustomerId mia = CustomerId.random();
        OrderId order = OrderId.random();
        OrderPlaced placed = ExampleEvents.orderPlaced(order, mia);
        CheckoutDetails details = new CheckoutDetails(
                new DeliveryAddress("Mia Chen", new PhoneNumber("+8613800138000"), "88 Century Avenue", null, "Shanghai",
                        "Shanghai", "200120", "CN"),
                new Contact("Mia Chen", new PhoneNumber("+8613800138000"), new EmailAddress("mia@example.com")),
                PaymentProvider.WECHAT_PAY, "SH");
        history.record(ExampleEvents.ORDER, order, new OrderPlaced(order, placed.cartId(), mia, placed.lines(), placed.total(),
                details, null));

        Answer answer = eventually("/api/orders/" + order, identity.accessToken(mia, Role.CUSTOMER), 200);

        assertThat(answer.body().path("details").path("address").path("line1").asText()).isEqualTo("88 Century Avenue");
        assertThat(answer.body().path("details").path("paymentMethod").asText()).isEqualTo("WECHAT_PAY");
        assertThat(answer.body().path("details").path("region").asText()).isEqualTo("SH");
    }

    @Test
    void the_owner_sees_the_delivery_estimate_made_at_checkout() {
        CustomerId mia = CustomerId.random();
        OrderId order = OrderId.random();
        OrderPlaced placed = ExampleEvents.orderPlaced(order, mia);
        DeliveryWindow promised = new DeliveryWindow(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 28));
        history.record(ExampleEvents.ORDER, order, new OrderPlaced(order, placed.cartId(), mia, placed.lines(), placed.total(),
                null, promised));
        String token = identity.accessToken(mia, Role.CUSTOMER);

        Answer answer = eventually("/api/orders/" + order, token, 200);

        assertThat(answer.body().path("estimate").path("earliest").asText()).isEqualTo("2026-11-27");
        assertThat(answer.body().path("estimate").path("latest").asText()).isEqualTo("2026-11-28");
        assertThat(answer.body().has("shipment")).isFalse();

        OrderId unpromised = placedBy(mia);
        assertThat(http.get("/api/orders/" + unpromised, token).body().has("estimate"))
                .as("placed without an estimate").isFalse();
    }

    @Test
    void a_customer_lists_their_own_orders_newest_first_by_status_and_page() {
        CustomerId lin = CustomerId.random();
        OrderId first = placedBy(lin);
        OrderId second = placedBy(lin);
        OrderId paid = placedBy(lin);
        history.record(ExampleEvents.ORDER, paid, new OrderAwaitingPayment(paid, PaymentId.random()));
        placedBy(CustomerId.random());
        String token = identity.accessToken(lin, Role.CUSTOMER);
        eventually("/api/orders/" + paid, token, answer -> answer.field("status").equals("AWAITING_PAYMENT"));

        Answer all = http.get("/api/orders?size=2", token);
        Answer secondPage = http.get("/api/orders?size=2&page=1", token);
        Answer awaiting = http.get("/api/orders?status=AWAITING_PAYMENT", token);

        assertThat(all.field("total")).isEqualTo("3");
        assertThat(all.body().path("orders").findValuesAsText("orderId")).containsExactly(paid.toString(), second.toString());
        assertThat(secondPage.body().path("orders").findValuesAsText("orderId")).containsExactly(first.toString());
        assertThat(awaiting.body().path("orders").findValuesAsText("orderId")).containsExactly(paid.toString());
        assertThat(awaiting.body().path("orders").get(0).path("lineCount").asInt()).isEqualTo(1);
    }

    @Test
    void a_list_asked_for_wrongly_is_a_problem_naming_the_parameter() {
        String token = identity.accessToken(CustomerId.random(), Role.CUSTOMER);

        assertThat(http.get("/api/orders?status=LOST", token).field("field")).isEqualTo("status");
        assertThat(http.get("/api/orders?size=101", token).field("field")).isEqualTo("size");
        assertThat(http.get("/api/orders?page=-1", token).field("field")).isEqualTo("page");
        assertThat(http.get("/api/orders?customerId=" + CustomerId.random(), token).field("field")).isEqualTo("customerId");
    }

    @Test
    void a_payment_held_by_the_risk_check_shows_as_under_review_with_nothing_to_do() {
        CustomerId bo = CustomerId.random();
        OrderId order = placedBy(bo);
        PaymentId payment = PaymentId.random();
        history.record("Payment", payment, new PaymentHeldForReview(payment, order, bo, PaymentProvider.CARD,
                Money.of("398.00", "CNY"), "Kiosk order " + order, List.of("amount")));

        Answer held = eventually("/api/orders/" + order, identity.accessToken(bo, Role.CUSTOMER),
                answer -> answer.body().path("payment").path("status").asText().equals("HELD_FOR_REVIEW"));

        assertThat(held.body().path("payment").has("action")).isFalse();
        assertThat(held.body().path("payment").path("method").asText()).isEqualTo("CARD");
    }

    private long rows(String table, OrderId order) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE order_id = :orderId")
                .param("orderId", order.value()).query(Long.class).single();
    }

    @Test
    void a_customer_follows_a_return_until_the_money_is_back_and_a_replay_shows_the_same() {
        CustomerId mia = CustomerId.random();
        OrderId order = OrderId.random();
        OrderPlaced placed = ExampleEvents.orderPlaced(order, mia);
        PaymentId payment = PaymentId.random();
        history.record(ExampleEvents.ORDER, order, placed, new OrderAwaitingPayment(order, payment), new OrderPaid(order, payment));
        OrderLine chargers = placed.lines().get(0);
        RefundLine both = new RefundLine(chargers.lineId(), chargers.productId(), chargers.quantity(), chargers.unitPrice());
        RefundId refund = RefundId.random();
        DeliveryAddress returns = new DeliveryAddress("Kiosk returns", new PhoneNumber("+862100000000"), "9 Dock Road", null,
                "Shanghai", "Shanghai", "200002", "CN");
        history.record("Refund", refund,
                new RefundRequested(refund, order, mia, payment, PaymentProvider.ALIPAY, List.of(both), both.amount(),
                        RefundReason.NOT_AS_DESCRIBED, "wrong colour", true),
                new RefundApproved(refund, order, Money.of("350.00", "CNY"), both.amount(), true, false, "minus the engraving"),
                new ReturnAuthorised(refund, order, returns, Instant.parse("2026-12-15T00:00:00Z")),
                new ReturnShipped(refund, order, "SF Express", "SF555"));
        String token = identity.accessToken(mia, Role.CUSTOMER);

        Answer shipped = eventually("/api/orders/" + order, token,
                answer -> answer.body().path("refunds").path(0).path("status").asText().equals("RETURN_SHIPPED"));
        JsonNode travelling = shipped.body().path("refunds").get(0);
        assertThat(travelling.path("refundId").asText()).isEqualTo(refund.toString());
        assertThat(travelling.path("reason").asText()).isEqualTo("NOT_AS_DESCRIBED");
        assertThat(travelling.path("requested").path("amount").asText()).isEqualTo("398.00");
        assertThat(travelling.path("approved").path("amount").asText()).isEqualTo("350.00");
        assertThat(travelling.path("returnAddress").path("line1").asText()).isEqualTo("9 Dock Road");
        assertThat(travelling.path("returnTrackingNumber").asText()).isEqualTo("SF555");
        assertThat(travelling.path("note").asText()).isEqualTo("minus the engraving");
        assertThat(shipped.field("refundState")).isEqualTo("NONE");

        history.record("Refund", refund, new ReturnAccepted(refund, order, "as new"),
                new RefundCompleted(refund, order, Money.of("350.00", "CNY"), "R-9", Instant.now()));
        history.record(ExampleEvents.ORDER, order, new OrderRefunded(order, refund, Money.of("350.00", "CNY"), List.of(both),
                Money.of("350.00", "CNY"), OrderRefundState.FULLY_REFUNDED));
        Answer refunded = eventually("/api/orders/" + order, token, answer -> answer.field("refundState").equals("FULLY_REFUNDED")
                && answer.body().path("refunds").path(0).path("status").asText().equals("REFUNDED"));

        assertThat(refunded.field("status")).as("a refund does not change where the order stands").isEqualTo("PAID");
        assertThat(refunded.body().path("refunded").path("amount").asText()).isEqualTo("350.00");
        assertThat(refunded.body().path("refunds").get(0).path("refunded").path("amount").asText()).isEqualTo("350.00");
        assertThat(refunded.body().path("refunds").get(0).path("note").asText()).isEqualTo("as new");

        replayEverything("order-tracking");

        assertThat(http.get("/api/orders/" + order, token).text()).isEqualTo(refunded.text());
    }
}
