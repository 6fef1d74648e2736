package io.kiosk.command.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
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
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * WeChat Pay Native (API v3) against a stand-in for WeChat Pay's API (WireMock) whose answers are signed
 * with a platform key, and WeChat Pay's signed, encrypted notifications sent to Kiosk over HTTP, both made with
 * wechatpay-java's signer and cipher ({@link WeChatPayPlatform}). Two platform keys are configured side by side.
 * Key pairs and the APIv3 key are made for each run.
 */
@ExtendWith(OutputCaptureExtension.class)
class WeChatPayHttpTest extends ProviderHttpTest {

    private static final String MCHID = "1900000109";
    private static final String APPID = "wxd678efh567hg6787";
    private static final String MERCHANT_SERIAL = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";
    private static final String API_V3_KEY = UUID.randomUUID().toString().replace("-", "");
    private static final KeyPair MERCHANT = TestKeyPairs.rsa();
    /** The WeChat Pay public key, which signs most of what the tests are sent. */
    private static final WeChatPayPlatform PLATFORM =
            new WeChatPayPlatform("PUB_KEY_ID_0119000001092025112500000000001", API_V3_KEY);
    /** A platform certificate's key, configured beside it, as while a merchant moves from certificates to the public key. */
    private static final WeChatPayPlatform CERTIFICATE =
            new WeChatPayPlatform("3775B6A45ACD588826D15E583A95F5DD3B2F1A90", API_V3_KEY);
    private static final String NOTIFICATIONS = "/api/payments/wechat/notifications";
    private static final String REFUND_NOTIFICATIONS = "/api/payments/wechat/refund-notifications";

    @RegisterExtension
    static WireMockExtension wechat = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void wechatMerchant(DynamicPropertyRegistry properties) {
        properties.add("kiosk.payments.wechat.api-url", wechat::baseUrl);
        properties.add("kiosk.payments.wechat.app-id", () -> APPID);
        properties.add("kiosk.payments.wechat.merchant-id", () -> MCHID);
        properties.add("kiosk.payments.wechat.merchant-serial-number", () -> MERCHANT_SERIAL);
        properties.add("kiosk.payments.wechat.private-key", () -> TestKeyPairs.base64(MERCHANT.getPrivate()));
        properties.add("kiosk.payments.wechat.platform-keys[0].serial", CERTIFICATE::serial);
        properties.add("kiosk.payments.wechat.platform-keys[0].public-key", () -> CERTIFICATE.configured().publicKey());
        properties.add("kiosk.payments.wechat.platform-keys[1].serial", PLATFORM::serial);
        properties.add("kiosk.payments.wechat.platform-keys[1].public-key", () -> PLATFORM.configured().publicKey());
        properties.add("kiosk.payments.wechat.api-v3-key", () -> API_V3_KEY);
        properties.add("kiosk.payments.wechat.notify-url", () -> "https://kiosk.example.com/api/payments/wechat/notifications");
    }

    private final String tradeNumber = TradeNumbers.of(payment);

    private void requestPayment() {
        requestPaymentAnsweredBy(PLATFORM);
    }

    private void requestPaymentAnsweredBy(WeChatPayPlatform signer) {
        wechat.stubFor(post("/v3/pay/transactions/native")
                .willReturn(signer.answer("{\"code_url\":\"weixin://wxpay/bizpayurl?pr=p4lpSuKzz\"}")));
        request(PaymentProvider.WECHAT_PAY, "267.90", "Kiosk 订单 1");
    }

    private String notification(String tradeState, long total) throws Exception {
        String transaction = json.writeValueAsString(Map.of(
                "appid", APPID, "mchid", MCHID, "out_trade_no", tradeNumber,
                "transaction_id", "4200000000202611250000000001", "trade_type", "NATIVE", "trade_state", tradeState,
                "trade_state_desc", "支付成功", "success_time", "2026-11-25T18:15:29+08:00",
                "amount", Map.of("total", total, "payer_total", total, "currency", "CNY", "payer_currency", "CNY")));
        return PLATFORM.notification("TRANSACTION.SUCCESS", "transaction", transaction);
    }

    private ProviderCallbacks.Answer deliver(String body, Map<String, String> headers) {
        return callbacks.post(NOTIFICATIONS, "application/json", body, headers);
    }

    private ProviderCallbacks.Answer deliver(String body) {
        return deliver(body, PLATFORM.signed(body));
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
        assertThat(WeChatPayPlatform.signedByMerchant(order, MCHID, MERCHANT_SERIAL, MERCHANT.getPublic()))
                .as(order.getHeader("Authorization")).isTrue();
        assertThat(events.of(payment, PaymentRequested.class).get(0).action())
                .isEqualTo(new PaymentAction(PaymentAction.Kind.QR_CODE, "weixin://wxpay/bizpayurl?pr=p4lpSuKzz"));
    }

    @Test
    void an_answer_not_signed_by_wechat_pay_fails_the_payment() {
        wechat.stubFor(post("/v3/pay/transactions/native").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"code_url\":\"weixin://wxpay/bizpayurl?pr=evil\"}")));

        request(PaymentProvider.WECHAT_PAY, "267.90", "Kiosk 订单 1");

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
        Map<String, String> forged = PLATFORM.signed(paid);
        forged.put("Wechatpay-Signature", TestKeyPairs.sign("anything", MERCHANT.getPrivate()));

        ProviderCallbacks.Answer answer = deliver(paid, forged);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(json.readTree(answer.body()).path("code").asText()).isEqualTo("FAIL");
        assertThat(events.of(payment)).hasSize(before);
    }

    @Test
    void both_configured_platform_keys_are_trusted_side_by_side() throws Exception {
        requestPaymentAnsweredBy(CERTIFICATE);
        String paid = notification("SUCCESS", 26790);

        ProviderCallbacks.Answer byCertificate = deliver(paid, CERTIFICATE.signed(paid));
        ProviderCallbacks.Answer byPublicKey = deliver(paid, PLATFORM.signed(paid));

        assertThat(events.of(payment, PaymentRequested.class)).as("the answer signed by the certificate's key").hasSize(1);
        assertThat(byCertificate.status()).isEqualTo(204);
        assertThat(byPublicKey.status()).isEqualTo(204);
        assertThat(events.of(payment, PaymentSucceeded.class)).hasSize(1);
    }

    @Test
    void a_notification_signed_by_a_platform_key_kiosk_does_not_know_is_refused_and_the_log_names_it_once_not_per_request(
            CapturedOutput log) throws Exception {
        requestPayment();
        WeChatPayPlatform rotatedIn = new WeChatPayPlatform("PUB_KEY_ID_0119000001092026010100000000002", API_V3_KEY);
        String paid = notification("SUCCESS", 26790);

        ProviderCallbacks.Answer answer = deliver(paid, rotatedIn.signed(paid));
        // anyone can name any key: a burst of notifications signed with made-up ones must not flood the log
        for (int key = 0; key < 5; key++) {
            WeChatPayPlatform madeUp = new WeChatPayPlatform("MADE_UP_" + key + "X".repeat(200), API_V3_KEY);
            for (int copy = 0; copy < 6; copy++) {
                assertThat(deliver(paid, madeUp.signed(paid)).status()).isEqualTo(401);
            }
        }

        assertThat(answer.status()).as("WeChat Pay retries until the key is configured").isEqualTo(401);
        JsonNode fail = json.readTree(answer.body());
        assertThat(fail.path("code").asText()).isEqualTo("FAIL");
        assertThat(fail.path("message").asText()).isEqualTo("signed with a platform key Kiosk does not know");
        List<String> lines = log.getAll().lines().filter(line -> line.contains("platform key")).toList();
        assertThat(lines).as("one warning for the burst, naming the first key and what to configure").singleElement()
                .satisfies(line -> assertThat(line).contains(" WARN ").doesNotContain(" ERROR ")
                        .contains("WeChat Pay signed with platform key " + rotatedIn.serial() + ", which is not configured")
                        .contains("kiosk.payments.wechat.platform-keys"));
        assertThat(events.of(payment, PaymentSucceeded.class)).isEmpty();
    }

    @Test
    void a_correctly_signed_notification_older_than_five_minutes_is_refused() throws Exception {
        requestPayment();
        String paid = notification("SUCCESS", 26790);

        ProviderCallbacks.Answer answer = deliver(paid, PLATFORM.signed(paid, Instant.now().minusSeconds(360).getEpochSecond()));

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

        cancel();

        LoggedRequest close = wechat.findAll(postRequestedFor(urlPathEqualTo(
                "/v3/pay/transactions/out-trade-no/" + tradeNumber + "/close"))).get(0);
        assertThat(close.getBodyAsString()).isEqualTo("{\"mchid\":\"" + MCHID + "\"}");
        assertThat(close.getHeader("Authorization")).startsWith("WECHATPAY2-SHA256-RSA2048 mchid=\"" + MCHID + "\"");
        assertThat(events.of(payment, PaymentCancelled.class)).hasSize(1);
    }

    private String refundNotification(String eventType, String refundStatus, RefundId refund, long refundFen) throws Exception {
        String resource = json.writeValueAsString(Map.of(
                "mchid", MCHID, "out_trade_no", tradeNumber, "transaction_id", "4200000000202611250000000001",
                "out_refund_no", TradeNumbers.of(refund), "refund_id", "50300000012026112500000000001",
                "refund_status", refundStatus, "success_time", "2026-11-25T18:16:00+08:00",
                "user_received_account", "支付用户零钱",
                "amount", Map.of("total", 26790, "refund", refundFen, "payer_total", 26790, "payer_refund", refundFen)));
        return PLATFORM.notification(eventType, "refund", resource);
    }

    private RefundId paidThenRefundTaken() throws Exception {
        requestPayment();
        assertThat(deliver(notification("SUCCESS", 26790)).status()).isEqualTo(204);
        String processing = "{\"refund_id\":\"50300000012026112500000000001\",\"status\":\"PROCESSING\","
                + "\"amount\":{\"total\":26790,\"refund\":10000,\"currency\":\"CNY\"}}";
        wechat.stubFor(post("/v3/refund/domestic/refunds").willReturn(PLATFORM.answer(processing)));
        RefundId refund = refund("100.00");
        assertThat(events.of(payment, PaymentRefundAccepted.class)).hasSize(1);
        return refund;
    }

    private ProviderCallbacks.Answer deliverRefund(String body) {
        return callbacks.post(REFUND_NOTIFICATIONS, "application/json", body, PLATFORM.signed(body));
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
        Map<String, String> forged = PLATFORM.signed(abnormal);
        forged.put("Wechatpay-Signature", TestKeyPairs.sign("anything", MERCHANT.getPrivate()));

        assertThat(callbacks.post(REFUND_NOTIFICATIONS, "application/json", abnormal, forged).status()).isEqualTo(401);
        assertThat(events.of(payment, PaymentRefundFailed.class)).isEmpty();
        assertThat(deliverRefund(abnormal).status()).isEqualTo(204);

        assertThat(events.of(payment, PaymentRefundFailed.class)).singleElement()
                .satisfies(failed -> assertThat(failed.reason()).isEqualTo("refund-abnormal"));
        assertThat(events.of(payment, PaymentRefunded.class)).isEmpty();
    }
}
