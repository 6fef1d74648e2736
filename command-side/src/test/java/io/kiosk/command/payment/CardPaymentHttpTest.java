package io.kiosk.command.payment;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.stripe.Stripe;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.payment.PaymentAction;
import io.kiosk.api.payment.PaymentCancelled;
import io.kiosk.api.payment.PaymentFailed;
import io.kiosk.api.payment.PaymentFlagged;
import io.kiosk.api.payment.PaymentRefundAccepted;
import io.kiosk.api.payment.PaymentRefundFailed;
import io.kiosk.api.payment.PaymentRefunded;
import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.api.payment.PaymentSucceeded;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Card payments against a stand-in for the card processor's API (WireMock), and the processor's signed
 * webhooks sent to Kiosk over HTTP, built and signed by stripe-java ({@link StripeWebhooks}). The secrets are
 * made up for each run.
 */
class CardPaymentHttpTest extends ProviderHttpTest {

    private static final String SECRET_KEY = "sk_test_" + UUID.randomUUID();
    private static final String WEBHOOK_SECRET = "whsec_" + UUID.randomUUID();
    private static final String WEBHOOKS = "/api/payments/card/webhooks";

    @RegisterExtension
    static WireMockExtension processor = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void cardProcessor(DynamicPropertyRegistry properties) {
        properties.add("kiosk.payments.card.api-url", processor::baseUrl);
        properties.add("kiosk.payments.card.secret-key", () -> SECRET_KEY);
        properties.add("kiosk.payments.card.webhook-secret", () -> WEBHOOK_SECRET);
    }

    private void requestPayment() {
        processor.stubFor(post("/v1/payment_intents").willReturn(okJson("""
                {"id":"pi_3Q","object":"payment_intent","amount":26790,"currency":"cny","status":"requires_payment_method",
                 "client_secret":"pi_3Q_secret_abc","metadata":{"payment_id":"%s"}}""".formatted(payment))));
        request(PaymentProvider.CARD, "267.90", "Kiosk order 1");
    }

    /** An event about the payment's intent, built by stripe-java as Stripe would send it. */
    private String event(String type, long amount, String currency) {
        return StripeWebhooks.intentEvent(type, "pi_3Q", amount, amount, currency, payment.toString());
    }

    private static String signed(String body, long timestamp, String secret) {
        return StripeWebhooks.signature(body, secret, timestamp);
    }

    private ProviderCallbacks.Answer deliver(String body, String signature) {
        return callbacks.post(WEBHOOKS, "application/json", body, Map.of(StripeWebhooks.HEADER, signature));
    }

    private ProviderCallbacks.Answer deliver(String body) {
        return deliver(body, signed(body, Instant.now().getEpochSecond(), WEBHOOK_SECRET));
    }

    @Test
    void a_card_payment_opens_a_payment_intent_and_hands_its_client_secret_to_the_customer() {
        requestPayment();

        processor.verify(postRequestedFor(urlPathEqualTo("/v1/payment_intents"))
                .withHeader("Authorization", equalTo("Bearer " + SECRET_KEY))
                .withHeader("Stripe-Version", equalTo(Stripe.API_VERSION))
                .withHeader("Idempotency-Key", equalTo("open-" + payment))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withFormParam("amount", equalTo("26790"))
                .withFormParam("currency", equalTo("cny"))
                .withFormParam("description", equalTo("Kiosk order 1"))
                .withFormParam("metadata[payment_id]", equalTo(payment.toString())));
        assertThat(events.of(payment, PaymentRequested.class)).singleElement()
                .extracting(PaymentRequested::action)
                .isEqualTo(new PaymentAction(PaymentAction.Kind.CLIENT_SECRET, "pi_3Q_secret_abc"));
    }

    @Test
    void a_processor_that_refuses_the_intent_fails_the_payment() {
        processor.stubFor(post("/v1/payment_intents").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Amount too large\"}}")));

        request(PaymentProvider.CARD, "267.90", "Kiosk order 1");

        assertThat(events.of(payment, PaymentFailed.class)).singleElement()
                .satisfies(failed -> assertThat(failed.reason()).isEqualTo("provider-refused"))
                .satisfies(failed -> assertThat(failed.message()).contains("Amount too large"));
    }

    @Test
    void a_signed_success_webhook_succeeds_the_payment_once_however_often_it_comes() {
        requestPayment();
        String succeeded = event("payment_intent.succeeded", 26790, "cny");

        ProviderCallbacks.Answer first = deliver(succeeded);
        ProviderCallbacks.Answer again = deliver(succeeded);

        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(events.of(payment, PaymentSucceeded.class)).singleElement()
                .satisfies(paid -> assertThat(paid.amount()).isEqualTo(Money.of("267.90", "CNY")))
                .satisfies(paid -> assertThat(paid.providerTransactionId()).isEqualTo("pi_3Q"));
    }

    @Test
    void the_same_success_twenty_times_among_older_and_later_notices_all_at_once_pays_once() throws Exception {
        requestPayment();
        String succeeded = event("payment_intent.succeeded", 26790, "cny");
        assertThat(deliver(succeeded).status()).isEqualTo(200);
        List<String> notices = new ArrayList<>();
        for (int i = 0; i < 19; i++) {
            notices.add(succeeded);
            notices.add(event("payment_intent.payment_failed", 26790, "cny"));
            notices.add(event("payment_intent.canceled", 26790, "cny"));
        }
        Collections.shuffle(notices, new Random(20));
        ExecutorService processor = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (String notice : notices) {
                answers.add(processor.submit(() -> deliver(notice).status()));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).as("every copy is acknowledged, so the processor stops sending it").isEqualTo(200);
            }
        } finally {
            processor.shutdownNow();
        }

        assertThat(events.of(payment, PaymentSucceeded.class)).as("paid once").hasSize(1);
        assertThat(events.of(payment, PaymentFailed.class)).as("an older failure does not undo it").isEmpty();
        assertThat(events.of(payment, PaymentCancelled.class)).as("nor a later closing notice").isEmpty();
    }

    @Test
    void a_webhook_signed_during_a_secret_roll_carries_two_v1_signatures_and_one_that_verifies_is_enough() {
        requestPayment();
        String succeeded = event("payment_intent.succeeded", 26790, "cny");
        long now = Instant.now().getEpochSecond();
        String header = "t=" + now + ",v1=" + StripeWebhooks.v1(succeeded, "whsec_the_old_secret", now)
                + ",v1=" + StripeWebhooks.v1(succeeded, WEBHOOK_SECRET, now) + ",v0=ignored";

        assertThat(deliver(succeeded, header).status()).isEqualTo(200);

        assertThat(events.of(payment, PaymentSucceeded.class)).hasSize(1);
    }

    @Test
    void a_signature_in_any_header_but_stripe_signature_is_refused() {
        requestPayment();
        String succeeded = event("payment_intent.succeeded", 26790, "cny");

        ProviderCallbacks.Answer answer = callbacks.post(WEBHOOKS, "application/json", succeeded,
                Map.of("Signature", signed(succeeded, Instant.now().getEpochSecond(), WEBHOOK_SECRET)));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body()).contains("/problems/invalid-signature", "no Stripe-Signature header");
        assertThat(events.of(payment, PaymentSucceeded.class)).isEmpty();
    }

    @Test
    void a_webhook_with_a_wrong_signature_is_refused_and_changes_nothing() {
        requestPayment();
        String succeeded = event("payment_intent.succeeded", 26790, "cny");
        int before = events.of(payment).size();

        ProviderCallbacks.Answer forged = deliver(succeeded, signed(succeeded, Instant.now().getEpochSecond(), "whsec_guessed"));
        ProviderCallbacks.Answer unsigned = callbacks.post(WEBHOOKS, "application/json", succeeded, Map.of());

        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.contentType()).startsWith("application/problem+json");
        assertThat(forged.body()).contains("/problems/invalid-signature");
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(events.of(payment)).hasSize(before);
    }

    @Test
    void a_correctly_signed_webhook_replayed_after_five_minutes_is_refused() {
        requestPayment();
        String succeeded = event("payment_intent.succeeded", 26790, "cny");
        long sixMinutesAgo = Instant.now().minusSeconds(360).getEpochSecond();

        ProviderCallbacks.Answer replayed = deliver(succeeded, signed(succeeded, sixMinutesAgo, WEBHOOK_SECRET));

        assertThat(replayed.status()).isEqualTo(401);
        assertThat(events.of(payment, PaymentSucceeded.class)).isEmpty();
    }

    @Test
    void a_success_for_another_amount_is_flagged() {
        requestPayment();

        assertThat(deliver(event("payment_intent.succeeded", 100, "cny")).status()).isEqualTo(200);

        assertThat(events.of(payment, PaymentSucceeded.class)).isEmpty();
        assertThat(events.of(payment, PaymentFlagged.class)).singleElement()
                .satisfies(flagged -> assertThat(flagged.reason()).isEqualTo("amount-mismatch"));
    }

    @Test
    void a_failed_payment_webhook_fails_the_payment() {
        requestPayment();

        assertThat(deliver(event("payment_intent.payment_failed", 26790, "cny")).status()).isEqualTo(200);

        assertThat(events.of(payment, PaymentFailed.class)).singleElement()
                .satisfies(failed -> assertThat(failed.reason()).isEqualTo("declined"));
    }

    @Test
    void a_body_larger_than_any_real_event_is_refused_before_it_is_read() {
        String huge = "{\"id\":\"evt_1\",\"padding\":\"" + "x".repeat(100_000) + "\"}";

        ProviderCallbacks.Answer answer = deliver(huge);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("/problems/notification-too-large");
    }

    @Test
    void a_webhook_about_an_unknown_payment_answers_not_found() {
        ProviderCallbacks.Answer answer = deliver(event("payment_intent.succeeded", 26790, "cny"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void cancelling_a_card_payment_cancels_its_open_intent() {
        requestPayment();
        processor.stubFor(get(urlPathEqualTo("/v1/payment_intents/search")).willReturn(okJson("""
                {"object":"search_result","data":[{"id":"pi_3Q","status":"requires_payment_method"}]}""")));
        processor.stubFor(post("/v1/payment_intents/pi_3Q/cancel").willReturn(okJson("{\"id\":\"pi_3Q\",\"status\":\"canceled\"}")));

        cancel();

        processor.verify(postRequestedFor(urlPathEqualTo("/v1/payment_intents/pi_3Q/cancel"))
                .withHeader("Authorization", equalTo("Bearer " + SECRET_KEY)));
        assertThat(events.of(payment, PaymentCancelled.class)).hasSize(1);
    }

    @Test
    void closing_a_payment_with_two_open_intents_cancels_each_under_its_own_idempotency_key() {
        requestPayment();
        processor.stubFor(get(urlPathEqualTo("/v1/payment_intents/search")).willReturn(okJson("""
                {"object":"search_result","data":[{"id":"pi_3Q","status":"requires_payment_method"},
                 {"id":"pi_4R","status":"requires_action"},{"id":"pi_5S","status":"canceled"}]}""")));
        processor.stubFor(post("/v1/payment_intents/pi_3Q/cancel").willReturn(okJson("{\"id\":\"pi_3Q\",\"status\":\"canceled\"}")));
        processor.stubFor(post("/v1/payment_intents/pi_4R/cancel").willReturn(okJson("{\"id\":\"pi_4R\",\"status\":\"canceled\"}")));

        cancel();

        processor.verify(postRequestedFor(urlPathEqualTo("/v1/payment_intents/pi_3Q/cancel"))
                .withHeader("Idempotency-Key", equalTo("close-" + payment + "-pi_3Q")));
        processor.verify(postRequestedFor(urlPathEqualTo("/v1/payment_intents/pi_4R/cancel"))
                .withHeader("Idempotency-Key", equalTo("close-" + payment + "-pi_4R")));
        processor.verify(0, postRequestedFor(urlPathEqualTo("/v1/payment_intents/pi_5S/cancel")));
    }

    private RefundId paidThenRefundAsked(String refundAnswer) {
        requestPayment();
        assertThat(deliver(event("payment_intent.succeeded", 26790, "cny")).status()).isEqualTo(200);
        processor.stubFor(post("/v1/refunds").willReturn(okJson(refundAnswer)));
        return refund("100.00");
    }

    @Test
    void a_card_refund_refunds_the_intent_that_collected_the_money_idempotent_by_the_refund() {
        RefundId refund = paidThenRefundAsked("""
                {"id":"re_3Q","object":"refund","amount":10000,"currency":"cny","status":"succeeded","created":1764065730,
                 "payment_intent":"pi_3Q"}""");

        processor.verify(postRequestedFor(urlPathEqualTo("/v1/refunds"))
                .withHeader("Authorization", equalTo("Bearer " + SECRET_KEY))
                .withHeader("Idempotency-Key", equalTo("refund-" + refund))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withFormParam("payment_intent", equalTo("pi_3Q"))
                .withFormParam("amount", equalTo("10000"))
                .withFormParam("metadata[refund_id]", equalTo(refund.toString()))
                .withFormParam("metadata[payment_id]", equalTo(payment.toString())));
        assertThat(events.of(payment, PaymentRefunded.class)).singleElement()
                .isEqualTo(new PaymentRefunded(payment, events.of(payment, PaymentSucceeded.class).get(0).orderId(), refund,
                        Money.of("100.00", "CNY"), "re_3Q", Instant.ofEpochSecond(1764065730)));
    }

    @Test
    void a_pending_card_refund_is_paid_back_when_the_processors_signed_refund_webhook_says_so() {
        RefundId refund = paidThenRefundAsked("""
                {"id":"re_3Q","object":"refund","amount":10000,"currency":"cny","status":"pending","payment_intent":"pi_3Q"}""");
        assertThat(events.of(payment, PaymentRefundAccepted.class)).hasSize(1);
        String settled = StripeWebhooks.refundEvent("refund.updated", "re_3Q", "succeeded", 10000, "cny",
                payment.toString(), refund.toString());

        assertThat(deliver(settled).status()).isEqualTo(200);
        assertThat(deliver(settled).status()).isEqualTo(200);

        assertThat(events.of(payment, PaymentRefunded.class)).singleElement()
                .satisfies(refunded -> assertThat(refunded.refundId()).isEqualTo(refund))
                .satisfies(refunded -> assertThat(refunded.providerRefundId()).isEqualTo("re_3Q"));
    }

    @Test
    void a_card_refund_the_processor_fails_is_a_failed_attempt() {
        RefundId refund = paidThenRefundAsked("""
                {"id":"re_3Q","object":"refund","amount":10000,"currency":"cny","status":"failed",
                 "failure_reason":"expired_or_canceled_card"}""");

        assertThat(events.of(payment, PaymentRefundFailed.class)).singleElement()
                .satisfies(failed -> assertThat(failed.refundId()).isEqualTo(refund))
                .satisfies(failed -> assertThat(failed.reason()).isEqualTo("refund-failed"))
                .satisfies(failed -> assertThat(failed.message()).contains("expired_or_canceled_card"));
    }
}
