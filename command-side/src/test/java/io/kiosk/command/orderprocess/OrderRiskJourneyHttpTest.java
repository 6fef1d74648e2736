package io.kiosk.command.orderprocess;

import com.fasterxml.jackson.databind.JsonNode;
import io.kiosk.api.order.CancellationReason;
import io.kiosk.api.order.OrderCancelled;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.payment.PaymentFailed;
import io.kiosk.api.payment.PaymentHeldForReview;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.api.pricing.Money;
import io.kiosk.command.HttpClientForTests.Answer;
import io.kiosk.command.SandboxHttpTest;
import io.kiosk.command.TestCheckout;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.stream.StreamSupport;

import static io.kiosk.command.orderprocess.OrderJourney.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * The risk check in an order's journey, over HTTP with the payment sandbox as provider. Two chargers at
 * 12 000.00 CNY (24 000.00, above the 20 000.00 threshold) are held for review: the order keeps awaiting
 * payment for the review window and nothing reaches the provider; the back office finds the payment in its
 * list and approves it (the customer then pays on the sandbox and the order is paid) or rejects it (the order
 * is cancelled and its stock released), or nobody does in time (the order expires). A review that takes longer than
 * the held-stock time lets the goods go back on the shelf, held again on approval (or the order cancelled when they
 * went to others meanwhile). An address in another
 * region than the checkout's is held too; a customer whose payments keep failing is declined outright.
 *
 * <p>Shares its Spring context with the other journeys ({@link SandboxHttpTest}).
 */
class OrderRiskJourneyHttpTest extends SandboxHttpTest {

    private OrderJourney expensiveChargers() {
        return newOrderJourney(Money.of("12000.00", "CNY"));
    }

    private static PaymentHeldForReview heldPaymentOf(OrderJourney journey, String order) {
        return journey.theOnePaymentEvent(order, PaymentHeldForReview.class, "is held for review");
    }

    private JsonNode listedAsHeld(OrderJourney journey, PaymentId payment) {
        Answer list = journey.backOffice.send(GET, "/api/payments/held", null);
        assertThat(list.status()).isEqualTo(200);
        return StreamSupport.stream(list.body().spliterator(), false)
                .filter(entry -> entry.path("paymentId").asText().equals(payment.toString())).findFirst().orElse(null);
    }

    @Test
    void a_basket_above_the_threshold_is_held_until_the_back_office_approves_then_paid_on_the_sandbox() {
        OrderJourney journey = expensiveChargers();
        String order = journey.checkOutTwoChargers("ALIPAY");

        PaymentHeldForReview held = heldPaymentOf(journey, order);

        assertThat(held.amount()).isEqualTo(Money.of("24000.00", "CNY"));
        assertThat(held.rules()).containsExactly("amount-above-threshold");
        assertThat(journey.eventsOf(held.paymentId())).as("nothing was asked of the provider").containsExactly("PaymentHeldForReview");
        assertThat(journey.eventsOf(order)).containsExactly("OrderPlaced", "OrderAwaitingPayment");
        assertThat(eventually(() -> journey.paymentDeadlineIsLaterThan(order, Duration.ofHours(23)), later -> later))
                .as("the order waits for the review window, not the 15 minute payment deadline").isTrue();
        JsonNode listed = listedAsHeld(journey, held.paymentId());
        assertThat(listed).as("the back office sees the held payment").isNotNull();
        assertThat(listed.path("orderId").asText()).isEqualTo(order);
        assertThat(listed.path("amount").path("amount").asText()).isEqualTo("24000.00");
        assertThat(listed.path("rules").get(0).asText()).isEqualTo("amount-above-threshold");

        Answer approved = journey.backOffice.send(POST, "/api/payments/" + held.paymentId() + "/approval", null);

        assertThat(approved.status()).isEqualTo(204);
        assertThat(listedAsHeld(journey, held.paymentId())).as("no longer waiting for review").isNull();
        PaymentRequested requested = journey.paymentRequestedFor(order);
        assertThat(requested.amount()).isEqualTo(Money.of("24000.00", "CNY"));
        assertThat(eventually(() -> journey.paymentDeadlineIsLaterThan(order, Duration.ofHours(1)), later -> !later))
                .as("the usual payment deadline runs again").isFalse();
        assertThat(journey.chooseOnSandboxPage(requested, "pay").status()).isEqualTo(200);
        assertThat(journey.eventsWith(order, "OrderPaid"))
                .containsExactly("OrderPlaced", "OrderAwaitingPayment", "OrderPaid");
        assertThat(journey.eventsOf(held.paymentId()))
                .containsExactly("PaymentHeldForReview", "TradeOpeningRequested", "PaymentRequested", "ProviderNotificationRecorded",
                        "PaymentSucceeded");
        assertThat(journey.eventsWith(journey.stockItem, "StockCommitted"))
                .endsWith("StockReserved", "StockCommitted");
        Answer again = journey.backOffice.send(POST, "/api/payments/" + held.paymentId() + "/approval", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("type")).endsWith("/payment-not-held");
    }

    @Test
    void a_held_payment_the_back_office_rejects_cancels_the_order_and_its_stock_goes_back() {
        OrderJourney journey = expensiveChargers();
        String order = journey.checkOutTwoChargers("WECHAT_PAY");
        PaymentHeldForReview held = heldPaymentOf(journey, order);

        Answer rejected = journey.backOffice.send(POST, "/api/payments/" + held.paymentId() + "/rejection",
                "{\"reason\":\"the customer could not confirm the order by phone\"}");

        assertThat(rejected.status()).isEqualTo(204);
        assertThat(journey.eventsWith(order, "OrderCancelled"))
                .containsExactly("OrderPlaced", "OrderAwaitingPayment", "OrderCancelled");
        assertThat(journey.payloadsOf(order)).last()
                .isEqualTo(new OrderCancelled(OrderId.of(order), CancellationReason.PAYMENT_FAILED, false));
        assertThat(journey.payloadsOf(held.paymentId().toString())).last().isEqualTo(new PaymentFailed(held.paymentId(),
                OrderId.of(order), "risk-rejected", "the customer could not confirm the order by phone"));
        assertThat(journey.eventsEndingWith(journey.stockItem, "StockReleased"))
                .endsWith("StockReserved", "StockReleased").doesNotContain("StockCommitted");
        assertThat(journey.paymentDeadlinesOnceThereAre(order, 0)).isZero();
        assertThat(listedAsHeld(journey, held.paymentId())).isNull();
        assertThat(journey.backOffice.send(POST, "/api/payments/" + held.paymentId() + "/rejection", "{}").status())
                .as("a rejection names its reason").isEqualTo(400);
    }

    @Test
    void a_customer_whose_payments_failed_four_times_this_hour_is_declined_before_the_provider_is_asked() {
        OrderJourney journey = newOrderJourney();
        journey.restock(50);
        for (int attempt = 1; attempt <= 4; attempt++) {
            String order = journey.checkOutTwoChargers("CARD");
            assertThat(journey.chooseOnSandboxPage(journey.paymentRequestedFor(order), "decline").status()).isEqualTo(200);
            assertThat(journey.eventsWith(order, "OrderCancelled")).contains("OrderCancelled");
        }

        String fifth = journey.checkOutTwoChargers("CARD");

        assertThat(journey.eventsWith(fifth, "OrderCancelled"))
                .containsExactly("OrderPlaced", "OrderAwaitingPayment", "OrderCancelled");
        assertThat(journey.payloadsOf(fifth)).last()
                .isEqualTo(new OrderCancelled(OrderId.of(fifth), CancellationReason.PAYMENT_FAILED, false));
        PaymentId payment = journey.paymentOf(fifth);
        assertThat(journey.eventsOf(payment)).as("declined at once: nothing at the provider").containsExactly("PaymentFailed");
        assertThat(journey.payloadsOf(payment.toString())).singleElement()
                .isEqualTo(new PaymentFailed(payment, OrderId.of(fifth), "risk-declined", "declined by the risk check: too-many-failures"));
        assertThat(journey.eventsEndingWith(journey.stockItem, "StockReleased"))
                .endsWith("StockReserved", "StockReleased");
    }

    @Test
    void an_address_in_beijing_checked_out_for_region_sh_is_held_for_review() {
        OrderJourney journey = newOrderJourney();
        String mismatched = TestCheckout.inBeijing("ALIPAY").replace("\"region\":\"BJ\"", "\"region\":\"SH\"");

        String order = journey.checkOutTwoChargersWith(mismatched);

        PaymentHeldForReview held = heldPaymentOf(journey, order);
        assertThat(held.amount()).as("an ordinary basket").isEqualTo(Money.of("398.00", "CNY"));
        assertThat(held.rules()).containsExactly("region-mismatch");
        assertThat(journey.eventsOf(order)).containsExactly("OrderPlaced", "OrderAwaitingPayment");
    }

    @Test
    void a_held_payment_nobody_reviews_in_time_expires_its_order_and_is_cancelled() {
        OrderJourney journey = expensiveChargers();
        String order = journey.checkOutTwoChargers("CARD");
        PaymentHeldForReview held = heldPaymentOf(journey, order);
        assertThat(eventually(() -> journey.paymentDeadlineIsLaterThan(order, Duration.ofHours(23)), later -> later)).isTrue();

        journey.bringPaymentDeadlineForward(order);

        assertThat(journey.eventsWith(order, "OrderExpired"))
                .containsExactly("OrderPlaced", "OrderAwaitingPayment", "OrderExpired");
        assertThat(journey.eventsWith(held.paymentId(), "PaymentCancelled"))
                .containsExactly("PaymentHeldForReview", "PaymentCancelled");
        assertThat(journey.eventsEndingWith(journey.stockItem, "StockReleased"))
                .endsWith("StockReserved", "StockReleased");
        assertThat(listedAsHeld(journey, held.paymentId())).as("nothing left to review").isNull();
    }

    @Test
    void a_held_payments_stock_goes_back_after_the_held_stock_time_and_is_held_again_when_the_back_office_approves() {
        OrderJourney journey = expensiveChargers();
        String order = journey.checkOutTwoChargers("ALIPAY");
        PaymentHeldForReview held = heldPaymentOf(journey, order);

        journey.bringHeldStockDeadlineForward(order);

        assertThat(journey.eventsEndingWith(journey.stockItem, "StockReleased")).as("back on the shelf for everyone")
                .endsWith("StockReserved", "StockReleased");
        assertThat(journey.eventsOf(order)).as("the order still waits for the review").containsExactly("OrderPlaced", "OrderAwaitingPayment");
        assertThat(listedAsHeld(journey, held.paymentId())).isNotNull();

        assertThat(journey.backOffice.send(POST, "/api/payments/" + held.paymentId() + "/approval", null).status()).isEqualTo(204);

        assertThat(journey.eventsEndingWith(journey.stockItem, "StockReserved")).as("held again before the customer pays")
                .endsWith("StockReserved", "StockReleased", "StockReserved");
        assertThat(journey.chooseOnSandboxPage(journey.paymentRequestedFor(order), "pay").status()).isEqualTo(200);
        assertThat(journey.eventsWith(order, "OrderPaid")).containsExactly("OrderPlaced", "OrderAwaitingPayment", "OrderPaid");
        assertThat(journey.eventsEndingWith(journey.stockItem, "StockCommitted")).endsWith("StockReserved", "StockCommitted");
    }

    @Test
    void a_held_order_whose_goods_went_to_others_during_the_review_is_cancelled_when_approved() {
        OrderJourney journey = expensiveChargers();
        String order = journey.checkOutTwoChargers("CARD");
        PaymentHeldForReview held = heldPaymentOf(journey, order);
        journey.bringHeldStockDeadlineForward(order);
        journey.eventsEndingWith(journey.stockItem, "StockReleased");
        journey.restock(1);

        assertThat(journey.backOffice.send(POST, "/api/payments/" + held.paymentId() + "/approval", null).status()).isEqualTo(204);

        assertThat(journey.eventsWith(order, "OrderCancelled"))
                .containsExactly("OrderPlaced", "OrderAwaitingPayment", "OrderCancelled");
        assertThat(journey.payloadsOf(order)).last()
                .isEqualTo(new OrderCancelled(OrderId.of(order), CancellationReason.OUT_OF_STOCK, false));
        // the trade opened on approval is closed again by the provider adapter, after the cancellation
        assertThat(journey.eventsWith(held.paymentId(), "TradeClosed"))
                .containsExactly("PaymentHeldForReview", "TradeOpeningRequested", "PaymentRequested", "PaymentCancelled",
                        "TradeClosingRequested", "TradeClosed");
    }
}
