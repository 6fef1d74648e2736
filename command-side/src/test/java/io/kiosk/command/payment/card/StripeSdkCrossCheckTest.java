package io.kiosk.command.payment.card;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.stripe.Stripe;
import com.stripe.StripeClient;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.StripeSearchResult;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.PaymentIntentCancelParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentSearchParams;
import com.stripe.param.RefundCreateParams;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.payment.PaymentAction;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundId;
import io.kiosk.command.payment.ProviderHttp;
import io.kiosk.command.payment.ProviderRefund;
import io.kiosk.command.payment.RefundReceipt;
import io.kiosk.command.payment.StripeWebhooks;
import io.kiosk.command.payment.Trade;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kiosk's card processor calls and webhook checks judged by Stripe's official Java SDK (stripe-java 28.0.0). The
 * same operation is sent by {@link CardGateway} and by stripe-java to one stand-in for Stripe's API (WireMock): the
 * two requests must carry the same form, the same credentials and idempotency key and the same pinned
 * {@code Stripe-Version}; the stand-in's answers, which Kiosk reads, must be read by stripe-java's model classes
 * too. And a {@code Stripe-Signature} header is good for Kiosk exactly when it is good for stripe-java's verifier.
 */
class StripeSdkCrossCheckTest {

    private static final String SECRET_KEY = "sk_test_" + UUID.randomUUID().toString().replace("-", "");

    @RegisterExtension
    static WireMockExtension stripe = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final PaymentId payment = PaymentId.random();
    private CardGateway kiosk;
    private StripeClient sdk;

    @BeforeEach
    void setUp() {
        kiosk = new CardGateway(new CardProperties(URI.create(stripe.baseUrl()), SECRET_KEY, "whsec_unused", null), ProviderHttp.Timeouts.DEFAULT,
                Clock.systemUTC());
        sdk = StripeClient.builder().setApiKey(SECRET_KEY).setApiBase(stripe.baseUrl()).setMaxNetworkRetries(0).build();
    }

    @Test
    void kiosk_pins_the_api_version_that_stripe_java_28_is_written_against() {
        assertThat(CardGateway.API_VERSION).isEqualTo(Stripe.API_VERSION);
    }

    @Test
    void a_payment_intent_is_created_exactly_as_stripe_java_creates_it_and_its_answer_reads_as_stripes_model() throws Exception {
        stripe.stubFor(post("/v1/payment_intents").willReturn(okJson("""
                {"id":"pi_3Q","object":"payment_intent","amount":26790,"currency":"cny","status":"requires_payment_method",
                 "client_secret":"pi_3Q_secret_abc","livemode":false,"metadata":{"payment_id":"%s"}}""".formatted(payment))));

        PaymentAction action = kiosk.open(new Trade(payment, PaymentProvider.CARD, Money.of("267.90", "CNY"), "Kiosk order 1"));
        PaymentIntent intent = sdk.paymentIntents().create(PaymentIntentCreateParams.builder()
                        .setAmount(26790L).setCurrency("cny").setDescription("Kiosk order 1")
                        .putMetadata("payment_id", payment.toString()).build(),
                RequestOptions.builder().setIdempotencyKey("open-" + payment).build());

        List<LoggedRequest> sent = stripe.getAllServeEvents().stream().map(event -> event.getRequest()).toList();
        assertThat(sent).hasSize(2);
        assertSameCall(sent.get(1), sent.get(0));
        assertThat(intent.getClientSecret()).isEqualTo(action.value()).isEqualTo("pi_3Q_secret_abc");
        assertThat(intent.getMetadata()).containsEntry("payment_id", payment.toString());
    }

    @Test
    void closing_searches_and_cancels_the_payments_intents_exactly_as_stripe_java_does() throws Exception {
        stripe.stubFor(get(urlPathEqualTo("/v1/payment_intents/search")).willReturn(okJson("""
                {"object":"search_result","url":"/v1/payment_intents/search","has_more":false,
                 "data":[{"id":"pi_3Q","object":"payment_intent","status":"requires_payment_method"}]}""")));
        stripe.stubFor(post("/v1/payment_intents/pi_3Q/cancel").willReturn(okJson("""
                {"id":"pi_3Q","object":"payment_intent","status":"canceled","cancellation_reason":"abandoned"}""")));

        kiosk.close(payment, PaymentProvider.CARD);
        StripeSearchResult<PaymentIntent> found = sdk.paymentIntents().search(PaymentIntentSearchParams.builder()
                .setQuery("metadata['payment_id']:'" + payment + "'").build());
        PaymentIntent cancelled = sdk.paymentIntents().cancel(found.getData().get(0).getId(),
                PaymentIntentCancelParams.builder().setCancellationReason(PaymentIntentCancelParams.CancellationReason.ABANDONED)
                        .build(), RequestOptions.builder().setIdempotencyKey("close-" + payment + "-pi_3Q").build());

        List<LoggedRequest> sent = stripe.getAllServeEvents().stream().map(event -> event.getRequest()).toList();
        assertThat(sent).hasSize(4);
        // newest first: stripe-java's cancel and search, then Kiosk's
        assertSameCall(sent.get(3), sent.get(1));
        assertSameCall(sent.get(2), sent.get(0));
        assertThat(cancelled.getStatus()).isEqualTo("canceled");
    }

    @Test
    void a_refund_is_created_exactly_as_stripe_java_creates_it_and_its_answer_reads_as_stripes_model() throws Exception {
        stripe.stubFor(post("/v1/refunds").willReturn(okJson("""
                {"id":"re_3Q","object":"refund","amount":10000,"currency":"cny","status":"succeeded","created":1764065730,
                 "payment_intent":"pi_3Q","reason":"requested_by_customer"}""")));
        RefundId refundId = RefundId.random();

        RefundReceipt receipt = kiosk.refund(new ProviderRefund(refundId, payment, PaymentProvider.CARD,
                Money.of("100.00", "CNY"), Money.of("267.90", "CNY"), "pi_3Q", "Kiosk refund"));
        Refund refund = sdk.refunds().create(RefundCreateParams.builder().setPaymentIntent("pi_3Q").setAmount(10000L)
                        .setReason(RefundCreateParams.Reason.REQUESTED_BY_CUSTOMER)
                        .putMetadata("refund_id", refundId.toString()).putMetadata("payment_id", payment.toString()).build(),
                RequestOptions.builder().setIdempotencyKey("refund-" + refundId).build());

        List<LoggedRequest> sent = stripe.getAllServeEvents().stream().map(event -> event.getRequest()).toList();
        assertSameCall(sent.get(1), sent.get(0));
        assertThat(receipt).isEqualTo(RefundReceipt.completed(refund.getId(), Instant.ofEpochSecond(refund.getCreated())));
    }

    @Test
    void a_stripe_signature_header_is_good_for_kiosk_exactly_when_it_is_good_for_stripe_javas_verifier() {
        String secret = "whsec_" + UUID.randomUUID().toString().replace("-", "");
        String body = StripeWebhooks.intentEvent("payment_intent.succeeded", "pi_3Q", 26790, 26790, "cny", payment.toString());
        long now = Instant.now().getEpochSecond();
        long sixMinutesAgo = now - 360;
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("signed now", StripeWebhooks.signature(body, secret, now));
        headers.put("two v1, the second good", "t=" + now + ",v1=" + StripeWebhooks.v1(body, "whsec_old", now)
                + ",v1=" + StripeWebhooks.v1(body, secret, now));
        headers.put("four minutes old", StripeWebhooks.signature(body, secret, now - 240));
        headers.put("another secret", StripeWebhooks.signature(body, "whsec_guessed", now));
        headers.put("another body", StripeWebhooks.signature(body.replace("26790", "100"), secret, now));
        headers.put("six minutes old", StripeWebhooks.signature(body, secret, sixMinutesAgo));
        headers.put("only v0", "t=" + now + ",v0=" + StripeWebhooks.v1(body, secret, now));
        headers.put("no timestamp", "v1=" + StripeWebhooks.v1(body, secret, now));
        headers.put("empty", "");
        CardWebhookSignature kioskCheck = new CardWebhookSignature(secret, Duration.ofMinutes(5), Clock.systemUTC());

        Map<String, Boolean> kioskTakes = new LinkedHashMap<>();
        Map<String, Boolean> stripeTakes = new LinkedHashMap<>();
        headers.forEach((name, header) -> {
            kioskTakes.put(name, kioskCheck.refusal(header, body) == null);
            stripeTakes.put(name, stripeVerifies(body, header, secret));
        });

        assertThat(kioskTakes).isEqualTo(stripeTakes);
        assertThat(kioskTakes).containsEntry("signed now", true).containsEntry("two v1, the second good", true)
                .containsEntry("four minutes old", true).containsEntry("six minutes old", false)
                .containsEntry("another secret", false).containsEntry("empty", false);
    }

    private static boolean stripeVerifies(String body, String header, String secret) {
        try {
            return Webhook.Signature.verifyHeader(body, header, secret, Webhook.DEFAULT_TOLERANCE);
        } catch (SignatureVerificationException refused) {
            return false;
        }
    }

    /** Kiosk's request is stripe-java's: method, path, query, form, credentials, idempotency key and API version. */
    private static void assertSameCall(LoggedRequest kiosk, LoggedRequest sdk) {
        assertThat(kiosk.getMethod()).isEqualTo(sdk.getMethod());
        assertThat(URI.create(kiosk.getUrl()).getPath()).isEqualTo(URI.create(sdk.getUrl()).getPath());
        assertThat(decoded(URI.create(kiosk.getUrl()).getRawQuery())).isEqualTo(decoded(URI.create(sdk.getUrl()).getRawQuery()));
        assertThat(decoded(kiosk.getBodyAsString())).isEqualTo(decoded(sdk.getBodyAsString()));
        for (String header : List.of("Authorization", "Idempotency-Key", "Stripe-Version")) {
            assertThat(kiosk.getHeader(header)).as(header).isEqualTo(sdk.getHeader(header));
        }
        assertThat(kiosk.getHeader("Stripe-Version")).isEqualTo(Stripe.API_VERSION);
        if (sdk.getMethod().getName().equals("POST")) {
            assertThat(kiosk.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        }
    }

    private static Map<String, String> decoded(String form) {
        if (form == null || form.isEmpty()) {
            return Map.of();
        }
        return Arrays.stream(form.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        pair -> pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "",
                        (first, second) -> first + "," + second, TreeMap::new));
    }
}
