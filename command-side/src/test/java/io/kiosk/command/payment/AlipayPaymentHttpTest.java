package io.kiosk.command.payment;

import com.alipay.api.AlipayApiException;
import com.alipay.api.internal.util.AlipaySignature;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.payment.PaymentAction;
import io.kiosk.api.payment.PaymentCancelled;
import io.kiosk.api.payment.PaymentFailed;
import io.kiosk.api.payment.PaymentFlagged;
import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.api.payment.PaymentSucceeded;
import io.kiosk.api.pricing.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alipay payments: the signed cashier URL Kiosk hands the customer, {@code alipay.trade.close} against a
 * stand-in for Alipay's gateway (WireMock), and Alipay's signed asynchronous notifications sent to Kiosk
 * over HTTP. Signatures both ways are made and checked by Alipay's SDK ({@code AlipaySignature}). Both key pairs
 * (the application's and "Alipay's") are made for each run.
 */
class AlipayPaymentHttpTest extends ProviderHttpTest {

    private static final String APP_ID = "2021000000000001";
    private static final KeyPair MERCHANT = TestKeyPairs.rsa();
    private static final KeyPair ALIPAY = TestKeyPairs.rsa();
    private static final String NOTIFICATIONS = "/api/payments/alipay/notifications";

    @RegisterExtension
    static WireMockExtension alipay = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void alipayApplication(DynamicPropertyRegistry properties) {
        properties.add("kiosk.payments.alipay.gateway-url", () -> alipay.baseUrl() + "/gateway.do");
        properties.add("kiosk.payments.alipay.app-id", () -> APP_ID);
        properties.add("kiosk.payments.alipay.private-key", () -> TestKeyPairs.base64(MERCHANT.getPrivate()));
        properties.add("kiosk.payments.alipay.alipay-public-key", () -> TestKeyPairs.pem(ALIPAY.getPublic()));
        properties.add("kiosk.payments.alipay.notify-url", () -> "https://kiosk.example.com/api/payments/alipay/notifications");
    }

    private void requestPayment() {
        request(PaymentProvider.ALIPAY, "267.90", "Kiosk 订单 1");
    }

    /** An asynchronous notification as Alipay posts it about the payment's trade, before it is signed. */
    private Map<String, String> notification(String status, String amount) {
        return notification(status, amount, TradeNumbers.of(payment));
    }

    private Map<String, String> notification(String status, String amount, String outTradeNo) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("notify_time", "2026-11-25 18:15:30");
        form.put("notify_type", "trade_status_sync");
        form.put("notify_id", "ac05099524730693a8b330c5ecf72da" + UUID.randomUUID().toString().substring(0, 6));
        form.put("app_id", APP_ID);
        form.put("charset", "utf-8");
        form.put("version", "1.0");
        form.put("sign_type", "RSA2");
        form.put("trade_no", "2026112522001400000000000001");
        form.put("out_trade_no", outTradeNo);
        form.put("trade_status", status);
        form.put("total_amount", amount);
        form.put("subject", "Kiosk 订单 1");
        form.put("gmt_payment", "2026-11-25 18:15:29");
        return form;
    }

    /** The notification signed with {@code key} by Alipay's SDK, over the content its own verifier checks. */
    private static Map<String, String> signedBy(Map<String, String> form, KeyPair key) {
        try {
            Map<String, String> signed = new LinkedHashMap<>(form);
            signed.put("sign", AlipaySignature.rsa256Sign(AlipaySignature.getSignCheckContentV1(new HashMap<>(form)),
                    TestKeyPairs.base64(key.getPrivate()), "utf-8"));
            return signed;
        } catch (AlipayApiException broken) {
            throw new IllegalStateException(broken);
        }
    }

    /** Whether Alipay's SDK finds the request's parameters signed by the merchant's key, as Alipay checks them. */
    private static boolean signedByMerchant(Map<String, String> parameters) throws AlipayApiException {
        return AlipaySignature.rsaCheckV2(new HashMap<>(parameters), TestKeyPairs.base64(MERCHANT.getPublic()), "utf-8", "RSA2");
    }

    private ProviderCallbacks.Answer deliver(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return callbacks.post(NOTIFICATIONS, "application/x-www-form-urlencoded; charset=utf-8", body, Map.of());
    }

    private static Map<String, String> queryOf(String url) {
        return Arrays.stream(URI.create(url).getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8), (a, b) -> a, TreeMap::new));
    }

    @Test
    void an_alipay_payment_sends_the_customer_to_the_cashier_with_a_signed_page_pay_request() throws Exception {
        requestPayment();

        PaymentAction action = events.of(payment, PaymentRequested.class).get(0).action();
        assertThat(action.kind()).isEqualTo(PaymentAction.Kind.REDIRECT);
        assertThat(action.value()).startsWith(alipay.baseUrl() + "/gateway.do?");
        Map<String, String> query = queryOf(action.value());
        assertThat(query).containsEntry("app_id", APP_ID)
                .containsEntry("method", "alipay.trade.page.pay")
                .containsEntry("format", "JSON")
                .containsEntry("charset", "utf-8")
                .containsEntry("sign_type", "RSA2")
                .containsEntry("version", "1.0")
                .containsEntry("notify_url", "https://kiosk.example.com/api/payments/alipay/notifications")
                .containsKeys("timestamp", "sign", "biz_content");
        assertThat(query.get("timestamp")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        JsonNode biz = json.readTree(query.get("biz_content"));
        assertThat(biz.path("out_trade_no").asText()).isEqualTo(TradeNumbers.of(payment)).matches("\\w{1,64}");
        assertThat(biz.path("total_amount").asText()).isEqualTo("267.90");
        assertThat(biz.path("subject").asText()).isEqualTo("Kiosk 订单 1");
        assertThat(biz.path("product_code").asText()).isEqualTo("FAST_INSTANT_TRADE_PAY");
        assertThat(signedByMerchant(query)).isTrue();
    }

    @Test
    void a_signed_trade_success_succeeds_the_payment_once_however_often_alipay_repeats_it() {
        requestPayment();
        Map<String, String> paid = signedBy(notification("TRADE_SUCCESS", "267.90"), ALIPAY);

        ProviderCallbacks.Answer first = deliver(paid);
        ProviderCallbacks.Answer again = deliver(paid);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.contentType()).startsWith("text/plain");
        assertThat(first.body()).isEqualTo("success");
        assertThat(again.body()).isEqualTo("success");
        assertThat(events.of(payment, PaymentSucceeded.class)).singleElement()
                .satisfies(succeeded -> assertThat(succeeded.amount()).isEqualTo(Money.of("267.90", "CNY")))
                .satisfies(succeeded -> assertThat(succeeded.providerTransactionId()).isEqualTo("2026112522001400000000000001"));
    }

    @Test
    void a_notification_about_a_trade_opened_under_the_old_hyphenated_number_is_still_read() {
        requestPayment();

        ProviderCallbacks.Answer answer = deliver(signedBy(notification("TRADE_SUCCESS", "267.90", payment.toString()), ALIPAY));

        assertThat(answer.body()).isEqualTo("success");
        assertThat(events.of(payment, PaymentSucceeded.class)).hasSize(1);
    }

    @Test
    void a_notification_with_a_forged_signature_answers_failure_and_changes_nothing() {
        requestPayment();
        int before = events.of(payment).size();
        Map<String, String> forged = signedBy(notification("TRADE_SUCCESS", "267.90"), MERCHANT);
        Map<String, String> tampered = signedBy(notification("TRADE_SUCCESS", "267.90"), ALIPAY);
        tampered.put("total_amount", "2.67");

        ProviderCallbacks.Answer forgedAnswer = deliver(forged);
        ProviderCallbacks.Answer tamperedAnswer = deliver(tampered);

        assertThat(forgedAnswer.status()).isEqualTo(400);
        assertThat(forgedAnswer.body()).isEqualTo("failure");
        assertThat(tamperedAnswer.status()).isEqualTo(400);
        assertThat(tamperedAnswer.body()).isEqualTo("failure");
        assertThat(events.of(payment)).hasSize(before);
    }

    @Test
    void a_notification_for_another_application_answers_failure() {
        requestPayment();
        Map<String, String> other = notification("TRADE_SUCCESS", "267.90");
        other.put("app_id", "2021000000009999");

        ProviderCallbacks.Answer answer = deliver(signedBy(other, ALIPAY));

        assertThat(answer.body()).isEqualTo("failure");
        assertThat(events.of(payment, PaymentSucceeded.class)).isEmpty();
    }

    @Test
    void a_success_for_another_amount_is_flagged() {
        requestPayment();

        assertThat(deliver(signedBy(notification("TRADE_SUCCESS", "0.01"), ALIPAY)).body()).isEqualTo("success");

        assertThat(events.of(payment, PaymentSucceeded.class)).isEmpty();
        assertThat(events.of(payment, PaymentFlagged.class)).singleElement()
                .satisfies(flagged -> assertThat(flagged.reason()).isEqualTo("amount-mismatch"));
    }

    @Test
    void a_closed_trade_fails_the_payment() {
        requestPayment();

        assertThat(deliver(signedBy(notification("TRADE_CLOSED", "267.90"), ALIPAY)).body()).isEqualTo("success");

        assertThat(events.of(payment, PaymentFailed.class)).singleElement()
                .satisfies(failed -> assertThat(failed.reason()).isEqualTo("trade-closed"));
    }

    @Test
    void a_notification_about_an_unknown_trade_answers_failure_so_alipay_keeps_it() {
        ProviderCallbacks.Answer answer = deliver(signedBy(notification("TRADE_SUCCESS", "267.90"), ALIPAY));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).isEqualTo("failure");
    }

    @Test
    void cancelling_an_alipay_payment_closes_the_trade_with_a_signed_request() throws Exception {
        requestPayment();
        String closed = "{\"code\":\"10000\",\"msg\":\"Success\",\"trade_no\":\"2026112522001400000000000001\","
                + "\"out_trade_no\":\"" + TradeNumbers.of(payment) + "\"}";
        alipay.stubFor(post(urlPathEqualTo("/gateway.do")).willReturn(okJson("{\"alipay_trade_close_response\":" + closed
                + ",\"sign\":\"" + TestKeyPairs.sign(closed, ALIPAY.getPrivate()) + "\"}")));

        cancel();

        LoggedRequest close = alipay.findAll(postRequestedFor(urlPathEqualTo("/gateway.do"))).get(0);
        assertThat(close.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        Map<String, String> form = new TreeMap<>(UriComponentsBuilder.fromUriString("?" + close.getBodyAsString())
                .build().getQueryParams().toSingleValueMap());
        form.replaceAll((name, value) -> URLDecoder.decode(value, StandardCharsets.UTF_8));
        assertThat(form).containsEntry("method", "alipay.trade.close").containsEntry("app_id", APP_ID)
                .containsEntry("sign_type", "RSA2");
        assertThat(form.get("biz_content")).isEqualTo("{\"out_trade_no\":\"" + TradeNumbers.of(payment) + "\"}");
        assertThat(signedByMerchant(form)).isTrue();
        assertThat(events.of(payment, PaymentCancelled.class)).hasSize(1);
    }
}
