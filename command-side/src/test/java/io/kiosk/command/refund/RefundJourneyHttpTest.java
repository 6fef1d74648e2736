package io.kiosk.command.refund;

import io.kiosk.api.order.OrderRefundState;
import io.kiosk.api.order.OrderRefunded;
import io.kiosk.api.pricing.Money;
import io.kiosk.command.HttpClientForTests.Answer;
import io.kiosk.command.SandboxHttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * Refunds over HTTP with the real aggregates, the refund process and the payment sandbox as every provider: a
 * customer asks for money back for a delivered order, the back office decides, the goods come back when they must,
 * and the money goes back through the order's own payment (WeChat Pay confirming by its signed notification); the
 * order counts what was refunded. The customer is mailed at each step (a real SMTP server in the JVM).
 *
 * <p>Shares its Spring context with the order journeys ({@link SandboxHttpTest}).
 */
class RefundJourneyHttpTest extends SandboxHttpTest {

    private RefundJourney journey;

    @BeforeEach
    void setUp() {
        journey = new RefundJourney(newOrderJourney(), jdbc);
    }

    private OrderRefunded orderRefunded(String orderId) {
        journey.order.eventsWith(orderId, "OrderRefunded");
        return journey.order.payloadsOf(orderId).stream().filter(OrderRefunded.class::isInstance)
                .map(OrderRefunded.class::cast).reduce((first, second) -> second).orElseThrow();
    }

    @Test
    void a_partial_refund_without_return_is_approved_and_paid_back_through_wechat_pay_whose_notification_confirms_it() {
        String order = journey.deliveredOrder("WECHAT_PAY");

        Answer asked = journey.ask(order, """
                {"lines":[{"lineId":"%s","quantity":1}],"reason":"DAMAGED","note":"the cable of one is frayed"}"""
                .formatted(journey.lineOf(order)));

        assertThat(asked.status()).isEqualTo(201);
        assertThat(asked.text("status")).isEqualTo("REQUESTED");
        assertThat(asked.body().path("amount").path("amount").asText()).isEqualTo("199.00");
        String refund = asked.text("refundId");
        assertThat(asked.headers()).containsEntry("location", "/api/refunds/" + refund);
        Answer workList = journey.order.backOffice.send(GET, "/api/refunds?status=REQUESTED&size=100", null);
        assertThat(workList.body().path("refunds").findValuesAsText("refundId")).contains(refund);

        Answer approved = journey.order.backOffice.send(POST, "/api/refunds/" + refund + "/approval", "{}");

        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.text("status")).isEqualTo("PAYING_OUT");
        assertThat(journey.order.eventsEndingWith(refund, "RefundCompleted"))
                .containsExactly("RefundRequested", "RefundApproved", "RefundCompleted");
        String payment = journey.order.paymentRequestedFor(order).paymentId().toString();
        assertThat(journey.order.eventsOf(payment)).endsWith("PaymentRefundAccepted", "PaymentRefunded");
        OrderRefunded refunded = orderRefunded(order);
        assertThat(refunded.amount()).isEqualTo(Money.of("199.00", "CNY"));
        assertThat(refunded.refundedTotal()).isEqualTo(Money.of("199.00", "CNY"));
        assertThat(refunded.refundState()).isEqualTo(OrderRefundState.PARTIALLY_REFUNDED);
        assertThat(journey.order.eventsOf(order)).containsSubsequence("OrderDelivered", "OrderRefundRequested", "OrderRefunded");
        Answer seen = journey.order.customer.send(GET, "/api/refunds/" + refund, null);
        assertThat(seen.text("status")).isEqualTo("REFUNDED");
        assertThat(seen.body().path("refunded").path("amount").asText()).isEqualTo("199.00");
        assertThat(journey.order.stranger().send(GET, "/api/refunds/" + refund, null).status()).isEqualTo(404);
        assertThat(mailSubjectsOnceOneIs("Kiosk：订单 " + order + " 已退款 ¥199.00"))
                .contains("Kiosk：我们已收到您对订单 " + order + " 的退款申请",
                        "Kiosk：您对订单 " + order + " 的退款已批准",
                        "Kiosk：订单 " + order + " 已退款 ¥199.00");
    }

    @Test
    void a_full_refund_with_return_waits_for_the_goods_then_pays_everything_back() {
        String order = journey.deliveredOrder("ALIPAY");

        Answer asked = journey.ask(order, """
                {"reason":"NOT_AS_DESCRIBED","note":"the colour is not graphite","withReturn":true}""");
        assertThat(asked.status()).isEqualTo(201);
        assertThat(asked.body().path("amount").path("amount").asText()).isEqualTo("398.00");
        String refund = asked.text("refundId");

        Answer approved = journey.order.backOffice.send(POST, "/api/refunds/" + refund + "/approval", null);
        assertThat(approved.text("status")).isEqualTo("AWAITING_RETURN");
        Answer instructions = journey.order.customer.send(GET, "/api/refunds/" + refund, null);
        assertThat(instructions.body().path("returnDeadline").asText()).isNotBlank();
        Answer shipped = journey.order.customer.send(POST, "/api/refunds/" + refund + "/return-shipment", """
                {"carrier":"SF Express","trackingNumber":"SF9876543210"}""");
        assertThat(shipped.text("status")).isEqualTo("RETURN_SHIPPED");
        Answer received = journey.order.backOffice.send(POST, "/api/refunds/" + refund + "/receipt", """
                {"accepted":true,"note":"unused, in its box"}""");
        assertThat(received.text("status")).isEqualTo("PAYING_OUT");

        assertThat(journey.order.eventsEndingWith(refund, "RefundCompleted")).containsExactly("RefundRequested", "RefundApproved",
                "ReturnAuthorised", "ReturnShipped", "ReturnAccepted", "RefundCompleted");
        OrderRefunded refunded = orderRefunded(order);
        assertThat(refunded.refundedTotal()).isEqualTo(Money.of("398.00", "CNY"));
        assertThat(refunded.refundState()).isEqualTo(OrderRefundState.FULLY_REFUNDED);
        Answer view = journey.order.customer.send(GET, "/api/refunds/" + refund, null);
        assertThat(view.text("returnCarrier")).isEqualTo("SF Express");
        assertThat(view.text("returnTrackingNumber")).isEqualTo("SF9876543210");
        assertThat(journey.ask(order, "{\"reason\":\"OTHER\"}").text("type")).isEqualTo("/problems/nothing-left-to-refund");
        assertThat(mailSubjectsOnceOneIs("Kiosk：订单 " + order + " 已退款 ¥398.00"))
                .contains("Kiosk：您对订单 " + order + " 的退款已批准，请寄回商品",
                        "Kiosk：我们已收到您为订单 " + order + " 寄回的商品");
    }

    @Test
    void a_rejected_request_frees_its_units_and_the_customer_is_told_why() {
        String order = journey.deliveredOrder("CARD");
        String body = "{\"lines\":[{\"lineId\":\"%s\",\"quantity\":2}],\"reason\":\"CHANGED_MIND\"}".formatted(journey.lineOf(order));
        String refund = journey.ask(order, body).text("refundId");
        assertThat(journey.ask(order, body).text("type")).as("both chargers are claimed").isEqualTo("/problems/refund-exceeds-remainder");

        Answer rejected = journey.order.backOffice.send(POST, "/api/refunds/" + refund + "/rejection", """
                {"reason":"the seal of the box is broken"}""");

        assertThat(rejected.text("status")).isEqualTo("REJECTED");
        journey.order.eventsWith(order, "OrderRefundReleased");
        assertThat(journey.order.eventsOf(order)).doesNotContain("OrderRefunded");
        assertThat(journey.order.customer.send(GET, "/api/refunds/" + refund, null).text("statusNote"))
                .isEqualTo("the seal of the box is broken");
        assertThat(journey.ask(order, body).status()).as("the units are free again").isEqualTo(201);
        assertThat(journey.order.backOffice.send(POST, "/api/refunds/" + refund + "/approval", null).text("type"))
                .isEqualTo("/problems/refund-status-conflict");
        assertThat(mailSubjectsOnceOneIs("Kiosk：您对订单 " + order + " 的退款申请未被接受")).isNotEmpty();
    }

    @Test
    void a_refund_after_the_return_window_is_refused_saying_when_the_window_closed() {
        String order = journey.deliveredOrder("ALIPAY");
        journey.deliveredAgo(order, Duration.ofDays(8));

        Answer refused = journey.ask(order, "{\"reason\":\"DAMAGED\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("type")).isEqualTo("/problems/return-window-closed");
        assertThat(refused.text("field")).isEqualTo("orderId");
        assertThat(refused.text("detail")).contains("was delivered on", "refunds are accepted for 7 days after delivery, until");
        assertThat(refused.text("deliveredAt")).isNotBlank();
        assertThat(refused.text("windowClosedAt")).isNotBlank();
        assertThat(journey.order.eventsOf(order)).endsWith("OrderDelivered");
    }

    @Test
    void cancelling_a_paid_order_refunds_it_in_full_without_review_and_its_stock_goes_back() {
        String order = journey.paidOrder("WECHAT_PAY");
        assertThat(journey.order.eventsWith(journey.order.stockItem, "StockCommitted"))
                .endsWith("StockCommitted");

        Answer cancelled = journey.order.customer.send(POST, "/api/orders/" + order + "/cancellation", null);

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(journey.order.eventsOf(order)).endsWith("OrderCancelled", "OrderRefundRequested");
        OrderRefunded refunded = orderRefunded(order);
        assertThat(refunded.refundedTotal()).isEqualTo(Money.of("398.00", "CNY"));
        assertThat(refunded.refundState()).isEqualTo(OrderRefundState.FULLY_REFUNDED);
        assertThat(journey.order.eventsEndingWith(journey.order.stockItem, "StockReceived"))
                .endsWith("StockCommitted", "StockReceived");
        assertThat(jdbc.queryForObject("select on_hand from command.stock_levels where stock_item_id = ?", Integer.class,
                journey.order.stockItem)).as("both chargers back on the shelf").isEqualTo(5);
        assertThat(mailSubjectsOnceOneIs("Kiosk：订单 " + order + " 已退款 ¥398.00"))
                .contains("Kiosk：您的订单 " + order + " 已取消")
                .doesNotContain("Kiosk：我们已收到您对订单 " + order + " 的退款申请");
    }
}
