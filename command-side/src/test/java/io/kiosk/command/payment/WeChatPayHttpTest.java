package io.kiosk.command.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.payment.CancelPayment;
import io.kiosk.api.payment.PaymentAction;
import io.kiosk.api.payment.PaymentCancelled;
import io.kiosk.api.payment.PaymentFailed;
import io.kiosk.api.payment.PaymentFlagged;
import io.kiosk.api.payment.PaymentRefundAccepted;
import io.kiosk.api.payment.PaymentRefundFailed;
import io.kiosk.api.payment.PaymentRefunded;
import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.api.payment.PaymentSucceeded;
import io.kiosk.api.payment.RefundPayment;
import io.kiosk.api.payment.RequestPayment;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * WeChat Pay Native (API v3) against a stand-in for WeChat Pay's API (WireMock) whose answers are signed
 * with a "platform" key, and WeChat Pay's signed, encrypted notifications sent to Kiosk over HTTP. Key pairs
 * and the APIv3 key are made for each run.
 */
class WeChatPayHttpTest extends ProviderHttpTest {

    private static final String MCHID = "1900000109";
    private static final String APPID = "wxd678efh567hg6787";
    private static final String MERCHANT_SERIAL = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";
    private static final String PLATFORM_SERIAL = "PUB_KEY_ID_0119000001092025112500000000001";
    private static final String API_V3_KEY = UUID.randomUUID().toString().replace("-", "");
    private static final KeyPair MERCHANT = TestKeyPairs.rsa();
    private static final KeyPair PLATFORM = TestKeyPairs.rsa();
    private static final String NOTIFICATIONS = "/api/payments/wechat/notifications";
    private static final String REFUND_NOTIFICATIONS = "/api/payments/wechat/refund-notifications";
    private static final Pattern AUTHORIZATION = Pattern.compile(
            "WECHATPAY2-SHA256-RSA2048 mchid=\"(\\d+)\",nonce_str=\"(\\w+)\",signature=\"([^\"]+)\",timestamp=\"(\\d+)\",serial_no=\"(\\w+)\"");

    @RegisterExtension
    static WireMockExtension wechat = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void wechatMerchant(DynamicPropertyRegistry properties) {
        properties.add("kiosk.payments.wechat.api-url", wechat::baseUrl);
        properties.add("kiosk.payments.wechat.app-id", () -> APPID);
        properties.add("kiosk.payments.wechat.merchant-id", () -> MCHID);
        properties.add("kiosk.payments.wechat.merchant-serial-number", () -> MERCHANT_SERIAL);
        properties.add("kiosk.payments.wechat.private-key", () -> TestKeyPairs.base64(MERCHANT.getPrivate()));
        properties.add("kiosk.payments.wechat.platform-public-key", () -> TestKeyPairs.pem(PLATFORM.getPublic()));
        properties.add("kiosk.payments.wechat.platform-serial-number", () -> PLATFORM_SERIAL);
        properties.add("kiosk.payments.wechat.api-v3-key", () -> API_V3_KEY);
        properties.add("kiosk.payments.wechat.notify-url", () -> "https://kiosk.example.com/api/payments/wechat/notifications");
    }

    private final String tradeNumber = payment.toString().replace("-", "");

    /** The headers WeChat Pay signs an answer or a notification with, by the platform key. */
    private static Map<String, String> platformSigned(String body, long timestamp) {
        String nonce = UUID.randomUUID().toString().replace("-", "");
        Map<String, String> headers = new HashMap<>();
        headers.put("Wechatpay-Serial", PLATFORM_SERIAL);
        headers.put("Wechatpay-Timestamp", Long.toString(timestamp));
        headers.put("Wechatpay-Nonce", nonce);
        headers.put("Wechatpay-Signature", TestKeyPairs.sign(timestamp + "\n" + nonce + "\n" + body + "\n", PLATFORM.getPrivate()));
        headers.put("Wechatpay-Signature-Type", "WECHATPAY2-SHA256-RSA2048");
        return headers;
    }

    private void requestPayment() {
        String answer = "{\"code_url\":\"weixin://wxpay/bizpayurl?pr=p4lpSuKzz\"}";
        var response = aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(answer);
        platformSigned(answer, Instant.now().getEpochSecond()).forEach(response::withHeader);
        wechat.stubFor(post("/v3/pay/transactions/native").willReturn(response));
        commands.sendAndWait(new RequestPayment(payment, OrderId.random(), CustomerId.random(), PaymentProvider.WECHAT_PAY,
                Money.of("267.90", "CNY"), "Kiosk 订单 1"));
    }

    private String notification(String tradeState, long total) throws Exception {
        String transaction = json.writeValueAsString(Map.of(
                "appid", APPID, "mchid", MCHID, "out_trade_no", tradeNumber,
                "transaction_id", "4200000000202611250000000001", "trade_type", "NATIVE", "trade_state", tradeState,
                "trade_state_desc", "支付成功", "success_time", "2026-11-25T18:15:29+08:00",
                "amount", Map.of("total", total, "payer_total", total, "currency", "CNY", "payer_currency", "CNY")));
        return envelope("TRANSACTION.SUCCESS", "transaction", transaction);
    }

    /** A notification as WeChat Pay sends it: the resource AES-256-GCM encrypted under the APIv3 key. */
    private String envelope(String eventType, String resourceType, String resource) throws Exception {
        String nonce = "fdasflkja484";
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(API_V3_KEY.getBytes(StandardCharsets.UTF_8), "AES"),
                new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
        aes.updateAAD(resourceType.getBytes(StandardCharsets.UTF_8));
        String ciphertext = Base64.getEncoder().encodeToString(aes.doFinal(resource.getBytes(StandardCharsets.UTF_8)));
        return json.writeValueAsString(Map.of(
                "id", UUID.randomUUID().toString(), "create_time", "2026-11-25T18:15:30+08:00",
                "resource_type", "encrypt-resource", "event_type", eventType, "summary", "支付成功",
                "resource", Map.of("original_type", resourceType, "algorithm", "AEAD_AES_256_GCM",
                        "ciphertext", ciphertext, "associated_data", resourceType, "nonce", nonce)));
    }

    private ProviderCallbacks.Answer deliver(String body, Map<String, String> headers) {
        return callbacks.post(NOTIFICATIONS, "application/json", body, headers);
    }

    private ProviderCallbacks.Answer deliver(String body) {
        return deliver(body, platformSigned(body, Instant.now().getEpochSecond()));
    }

    @Test
    void a_wechat_payment_opens_a_native_order_signed_by_the_merchant_and_shows_its_code() throws Exception {
        requestPayment();

        LoggedRequest order = wechat.findAll(postRequestedFor(urlPathEqualTo("/v3/pay/transactions/native"))).get(0);
        JsonNode body = json.readTree(order.getBodyAsString());
        assertThat(body.path("appid").asText()).isEqualTo(APPID);
        assertThat(body.path("mchid").asText()).isEqualTo(MCHID);
        assertThat(body.path("description").asText()).isEqualTo("Kiosk 订单 1");
        assertThat(body.path("out_trade_no").asText()).isEqualTo(tradeNumber);
        assertThat(body.path("notify_url").asText()).isEqualTo("https://kiosk.example.com/api/payments/wechat/notifications");
        assertThat(body.path("amount").path("total").asLong()).isEqualTo(26790);
        assertThat(body.path("amount").path("currency").asText()).isEqualTo("CNY");
        Matcher authorization = AUTHORIZATION.matcher(order.getHeader("Authorization"));
        assertThat(authorization.matches()).as(order.getHeader("Authorization")).isTrue();
        assertThat(authorization.group(1)).isEqualTo(MCHID);
        assertThat(authorization.group(5)).isEqualTo(MERCHANT_SERIAL);
        String message = "POST\n/v3/pay/transactions/native\n" + authorization.group(4) + "\n" + authorization.group(2) + "\n"
                + order.getBodyAsString() + "\n";
        assertThat(TestKeyPairs.verifies(message, authorization.group(3), MERCHANT.getPublic())).isTrue();
        assertThat(events.of(payment, PaymentRequested.class).get(0).action())
                .isEqualTo(new PaymentAction(PaymentAction.Kind.QR_CODE, "weixin://wxpay/bizpayurl?pr=p4lpSuKzz"));
    }

    @Test
    void an_answer_not_signed_by_wechat_pay_fails_the_payment() {
        wechat.stubFor(post("/v3/pay/transactions/native").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"code_url\":\"weixin://wxpay/bizpayurl?pr=evil\"}")));

        commands.sendAndWait(new RequestPayment(payment, OrderId.random(), CustomerId.random(), PaymentProvider.WECHAT_PAY,
                Money.of("267.90", "CNY"), "Kiosk 订单 1"));

        assertThat(events.of(payment, PaymentRequested.class)).isEmpty();
        assertThat(events.of(payment, PaymentFailed.class)).singleElement()
                .satisfies(failed -> assertThat(failed.reason()).isEqualTo("provider-unverified"));
    }

    @Test
    void a_signed_success_notification_succeeds_the_payment_once_however_often_it_comes() throws Exception {
        requestPayment();
        String paid = notification("SUCCESS", 26790);

        ProviderCallbacks.Answer first = deliver(paid);
        ProviderCallbacks.Answer again = deliver(paid);

        assertThat(first.status()).isEqualTo(204);
        assertThat(again.status()).isEqualTo(204);
        assertThat(events.of(payment, PaymentSucceeded.class)).singleElement()
                .satisfies(succeeded -> assertThat(succeeded.amount()).isEqualTo(Money.of("267.90", "CNY")))
                .satisfies(succeeded -> assertThat(succeeded.providerTransactionId()).isEqualTo("4200000000202611250000000001"))
                .satisfies(succeeded -> assertThat(succeeded.paidAt()).isEqualTo(Instant.parse("2026-11-25T10:15:29Z")));
    }

    @Test
    void a_notification_with_a_wrong_signature_is_refused_and_changes_nothing() throws Exception {
        requestPayment();
        int before = events.of(payment).size();
        String paid = notification("SUCCESS", 26790);
        Map<String, String> forged = platformSigned(paid, Instant.now().getEpochSecond());
        forged.put("Wechatpay-Signature", TestKeyPairs.sign("anything", MERCHANT.getPrivate()));

        ProviderCallbacks.Answer answer = deliver(paid, forged);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(json.readTree(answer.body()).path("code").asText()).isEqualTo("FAIL");
        assertThat(events.of(payment)).hasSize(before);
    }

    @Test
    void a_correctly_signed_notification_older_than_five_minutes_is_refused() throws Exception {
        requestPayment();
        String paid = notification("SUCCESS", 26790);

        ProviderCallbacks.Answer answer = deliver(paid, platformSigned(paid, Instant.now().minusSeconds(360).getEpochSecond()));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(events.of(payment, PaymentSucceeded.class)).isEmpty();
    }

    @Test
    void a_resource_encrypted_with_another_key_is_refused() throws Exception {
        requestPayment();
        String paid = notification("SUCCESS", 26790);
        JsonNode envelope = json.readTree(paid);
        String tampered = paid.replace(envelope.path("resource").path("nonce").asText(), "aaaaaaaaaaaa");

        ProviderCallbacks.Answer answer = deliver(tampered);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(events.of(payment, PaymentSucceeded.class)).isEmpty();
    }

    @Test
    void a_success_for_another_amount_is_flagged() throws Exception {
        requestPayment();

        assertThat(deliver(notification("SUCCESS", 1)).status()).isEqualTo(204);

        assertThat(events.of(payment, PaymentSucceeded.class)).isEmpty();
        assertThat(events.of(payment, PaymentFlagged.class)).singleElement()
                .satisfies(flagged -> assertThat(flagged.reason()).isEqualTo("amount-mismatch"));
    }

    @Test
    void a_notification_about_an_unknown_trade_is_not_taken() throws Exception {
        String paid = notification("SUCCESS", 26790);

        ProviderCallbacks.Answer answer = deliver(paid);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(json.readTree(answer.body()).path("code").asText()).isEqualTo("FAIL");
    }

    @Test
    void cancelling_a_wechat_payment_closes_the_trade() {
        requestPayment();
        wechat.stubFor(post("/v3/pay/transactions/out-trade-no/" + tradeNumber + "/close")
                .willReturn(aResponse().withStatus(204)));

        commands.sendAndWait(new CancelPayment(payment, "order-expired"));

        LoggedRequest close = wechat.findAll(postRequestedFor(urlPathEqualTo(
                "/v3/pay/transactions/out-trade-no/" + tradeNumber + "/close"))).get(0);
        assertThat(close.getBodyAsString()).isEqualTo("{\"mchid\":\"" + MCHID + "\"}");
        assertThat(close.getHeader("Authorization")).startsWith("WECHATPAY2-SHA256-RSA2048 mchid=\"" + MCHID + "\"");
        assertThat(events.of(payment, PaymentCancelled.class)).hasSize(1);
    }

    private String refundNotification(String eventType, String refundStatus, RefundId refund, long refundFen) throws Exception {
        String resource = json.writeValueAsString(Map.of(
                "mchid", MCHID, "out_trade_no", tradeNumber, "transaction_id", "4200000000202611250000000001",
                "out_refund_no", refund.toString().replace("-", ""), "refund_id", "50300000012026112500000000001",
                "refund_status", refundStatus, "success_time", "2026-11-25T18:16:00+08:00",
                "user_received_account", "支付用户零钱",
                "amount", Map.of("total", 26790, "refund", refundFen, "payer_total", 26790, "payer_refund", refundFen)));
        return envelope(eventType, "refund", resource);
    }

    private RefundId paidThenRefundTaken() throws Exception {
        requestPayment();
        assertThat(deliver(notification("SUCCESS", 26790)).status()).isEqualTo(204);
        String processing = "{\"refund_id\":\"50300000012026112500000000001\",\"status\":\"PROCESSING\","
                + "\"amount\":{\"total\":26790,\"refund\":10000,\"currency\":\"CNY\"}}";
        var answer = aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(processing);
        platformSigned(processing, Instant.now().getEpochSecond()).forEach(answer::withHeader);
        wechat.stubFor(post("/v3/refund/domestic/refunds").willReturn(answer));
        RefundId refund = RefundId.random();
        commands.sendAndWait(new RefundPayment(payment, refund, Money.of("100.00", "CNY"), "Kiosk refund"));
        assertThat(events.of(payment, PaymentRefundAccepted.class)).hasSize(1);
        return refund;
    }

    private ProviderCallbacks.Answer deliverRefund(String body) {
        return callbacks.post(REFUND_NOTIFICATIONS, "application/json", body, platformSigned(body, Instant.now().getEpochSecond()));
    }

    @Test
    void a_signed_encrypted_refund_success_notification_pays_the_refund_back_once() throws Exception {
        RefundId refund = paidThenRefundTaken();
        String success = refundNotification("REFUND.SUCCESS", "SUCCESS", refund, 10000);

        assertThat(deliverRefund(success).status()).isEqualTo(204);
        assertThat(deliverRefund(success).status()).isEqualTo(204);

        assertThat(events.of(payment, PaymentRefunded.class)).singleElement()
                .satisfies(refunded -> assertThat(refunded.refundId()).isEqualTo(refund))
                .satisfies(refunded -> assertThat(refunded.amount()).isEqualTo(Money.of("100.00", "CNY")))
                .satisfies(refunded -> assertThat(refunded.refundedAt()).isEqualTo(Instant.parse("2026-11-25T10:16:00Z")));
    }

    @Test
    void an_abnormal_refund_notification_fails_the_refund_and_a_forged_one_changes_nothing() throws Exception {
        RefundId refund = paidThenRefundTaken();
        String abnormal = refundNotification("REFUND.ABNORMAL", "ABNORMAL", refund, 10000);
        Map<String, String> forged = platformSigned(abnormal, Instant.now().getEpochSecond());
        forged.put("Wechatpay-Signature", TestKeyPairs.sign("anything", MERCHANT.getPrivate()));

        assertThat(callbacks.post(REFUND_NOTIFICATIONS, "application/json", abnormal, forged).status()).isEqualTo(401);
        assertThat(events.of(payment, PaymentRefundFailed.class)).isEmpty();
        assertThat(deliverRefund(abnormal).status()).isEqualTo(204);

        assertThat(events.of(payment, PaymentRefundFailed.class)).singleElement()
                .satisfies(failed -> assertThat(failed.reason()).isEqualTo("refund-abnormal"));
        assertThat(events.of(payment, PaymentRefunded.class)).isEmpty();
    }
}
