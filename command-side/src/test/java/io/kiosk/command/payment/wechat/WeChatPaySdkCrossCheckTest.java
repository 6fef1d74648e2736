package io.kiosk.command.payment.wechat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.wechat.pay.java.core.auth.WechatPay2Validator;
import com.wechat.pay.java.core.cipher.Verifier;
import com.wechat.pay.java.core.http.HttpHeaders;
import com.wechat.pay.java.core.util.GsonUtil;
import com.wechat.pay.java.service.payments.model.Transaction;
import com.wechat.pay.java.service.payments.nativepay.model.CloseRequest;
import com.wechat.pay.java.service.payments.nativepay.model.PrepayRequest;
import com.wechat.pay.java.service.payments.nativepay.model.PrepayResponse;
import com.wechat.pay.java.service.refund.model.CreateRequest;
import com.wechat.pay.java.service.refund.model.Refund;
import com.wechat.pay.java.service.refund.model.RefundNotification;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundId;
import io.kiosk.command.payment.ProviderHttp;
import io.kiosk.command.payment.ProviderRefund;
import io.kiosk.command.payment.TestKeyPairs;
import io.kiosk.command.payment.Trade;
import io.kiosk.command.payment.TradeNumbers;
import io.kiosk.command.payment.WeChatPayPlatform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Kiosk's WeChat Pay API v3 wire formats judged by WeChat Pay's official Java SDK (wechatpay-java 0.2.15): every
 * request Kiosk sends to a stand-in for WeChat Pay (WireMock) carries an {@code Authorization} that wechatpay-java's
 * verifier checks, and its body reads into the SDK's request model and back without losing a field; the stand-in's
 * signed answers, which Kiosk believes, pass the SDK's own validator and read into its response models. Notifications
 * are opened alike: signed by either of two platform keys, Kiosk and the SDK take them and read the same resource;
 * signed by a key neither knows, or changed on the way, both refuse them.
 */
class WeChatPaySdkCrossCheckTest {

    private static final String MCHID = "1900000109";
    private static final String MERCHANT_SERIAL = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";
    private static final String API_V3_KEY = UUID.randomUUID().toString().replace("-", "");
    private static final KeyPair MERCHANT = TestKeyPairs.rsa();
    private static final WeChatPayPlatform CERTIFICATE =
            new WeChatPayPlatform("3775B6A45ACD588826D15E583A95F5DD3B2F1A90", API_V3_KEY);
    private static final WeChatPayPlatform PUBLIC_KEY =
            new WeChatPayPlatform("PUB_KEY_ID_0119000001092025112500000000001", API_V3_KEY);

    @RegisterExtension
    static WireMockExtension wechat = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final ObjectMapper json = new ObjectMapper();
    private final PaymentId payment = PaymentId.random();
    private WeChatPayProperties properties;
    private WeChatPayGateway gateway;

    @BeforeEach
    void setUp() {
        properties = new WeChatPayProperties(URI.create(wechat.baseUrl()), "wxd678efh567hg6787", MCHID, MERCHANT_SERIAL,
                TestKeyPairs.base64(MERCHANT.getPrivate()), List.of(CERTIFICATE.configured(), PUBLIC_KEY.configured()),
                API_V3_KEY, "https://kiosk.example.com/api/payments/wechat/notifications", Duration.ofMinutes(5),
                "https://kiosk.example.com/api/payments/wechat/refund-notifications");
        gateway = new WeChatPayGateway(properties, ProviderHttp.Timeouts.DEFAULT, json, Clock.systemUTC());
    }

    @Test
    void a_native_order_is_signed_and_written_as_wechatpay_java_reads_it_and_its_answer_passes_the_sdks_validator() throws Exception {
        wechat.stubFor(post("/v3/pay/transactions/native").willReturn(
                PUBLIC_KEY.answer("{\"code_url\":\"weixin://wxpay/bizpayurl?pr=p4lpSuKzz\"}")));

        gateway.open(new Trade(payment, PaymentProvider.WECHAT_PAY, Money.of("267.90", "CNY"), "Kiosk 订单 1"));

        ServeEvent served = wechat.getAllServeEvents().get(0);
        LoggedRequest order = served.getRequest();
        assertThat(WeChatPayPlatform.signedByMerchant(order, MCHID, MERCHANT_SERIAL, MERCHANT.getPublic())).isTrue();
        PrepayRequest prepay = readsWhole(order.getBodyAsString(), PrepayRequest.class);
        assertThat(prepay.getOutTradeNo()).isEqualTo(TradeNumbers.of(payment)).hasSizeLessThanOrEqualTo(32);
        assertThat(prepay.getAmount().getTotal()).isEqualTo(26790);
        String answer = served.getResponse().getBodyAsString();
        assertThat(new WechatPay2Validator(PUBLIC_KEY.verifier()).validate(headersOf(served), answer)).isTrue();
        assertThat(GsonUtil.getGson().fromJson(answer, PrepayResponse.class).getCodeUrl())
                .isEqualTo("weixin://wxpay/bizpayurl?pr=p4lpSuKzz");
    }

    @Test
    void a_close_is_signed_and_written_as_wechatpay_java_reads_it() throws Exception {
        String path = "/v3/pay/transactions/out-trade-no/" + TradeNumbers.of(payment) + "/close";
        wechat.stubFor(post(path).willReturn(aResponse().withStatus(204)));

        gateway.close(payment, PaymentProvider.WECHAT_PAY);

        LoggedRequest close = wechat.getAllServeEvents().get(0).getRequest();
        assertThat(close.getUrl()).isEqualTo(path);
        assertThat(WeChatPayPlatform.signedByMerchant(close, MCHID, MERCHANT_SERIAL, MERCHANT.getPublic())).isTrue();
        assertThat(readsWhole(close.getBodyAsString(), CloseRequest.class).getMchid()).isEqualTo(MCHID);
    }

    @Test
    void a_refund_is_signed_and_written_as_wechatpay_java_reads_it_and_its_answer_reads_as_the_sdks_refund() throws Exception {
        RefundId refundId = RefundId.random();
        wechat.stubFor(post("/v3/refund/domestic/refunds").willReturn(CERTIFICATE.answer("""
                {"refund_id":"50300000012026112500000000001","out_refund_no":"%s","out_trade_no":"%s",
                 "transaction_id":"4200000000202611250000000001","channel":"ORIGINAL","user_received_account":"支付用户零钱",
                 "status":"PROCESSING","create_time":"2026-11-25T18:16:00+08:00",
                 "amount":{"total":39800,"refund":19900,"payer_total":39800,"payer_refund":19900,"settlement_refund":19900,
                 "settlement_total":39800,"discount_refund":0,"currency":"CNY"}}""".formatted(TradeNumbers.of(refundId),
                TradeNumbers.of(payment)))));

        gateway.refund(new ProviderRefund(refundId, payment, PaymentProvider.WECHAT_PAY, Money.of("199.00", "CNY"),
                Money.of("398.00", "CNY"), "4200000000202611250000000001", "Kiosk refund for order 1"));

        ServeEvent served = wechat.getAllServeEvents().get(0);
        assertThat(WeChatPayPlatform.signedByMerchant(served.getRequest(), MCHID, MERCHANT_SERIAL, MERCHANT.getPublic())).isTrue();
        CreateRequest refund = readsWhole(served.getRequest().getBodyAsString(), CreateRequest.class);
        assertThat(refund.getOutRefundNo()).isEqualTo(TradeNumbers.of(refundId)).hasSizeLessThanOrEqualTo(64);
        assertThat(refund.getAmount().getRefund()).isEqualTo(19900L);
        String answer = served.getResponse().getBodyAsString();
        assertThat(new WechatPay2Validator(CERTIFICATE.verifier()).validate(headersOf(served), answer)).isTrue();
        assertThat(GsonUtil.getGson().fromJson(answer, Refund.class).getRefundId()).isEqualTo("50300000012026112500000000001");
    }

    @Test
    void a_notification_signed_by_either_platform_key_is_opened_by_kiosk_and_by_wechatpay_java_alike() throws Exception {
        for (WeChatPayPlatform signer : List.of(CERTIFICATE, PUBLIC_KEY)) {
            String body = signer.notification("TRANSACTION.SUCCESS", "transaction", transaction());
            Map<String, String> headers = signer.signed(body);

            Transaction bySdk = signer.readBySdk(body, headers, eitherKey(), Transaction.class);
            WeChatPayEnvelopes.Opened byKiosk = openByKiosk(body, headers);

            assertThat(bySdk.getOutTradeNo()).as(signer.serial()).isEqualTo(TradeNumbers.of(payment));
            assertThat(byKiosk.resource().path("out_trade_no").asText()).isEqualTo(bySdk.getOutTradeNo());
            assertThat(byKiosk.resource().path("amount").path("total").asInt()).isEqualTo(bySdk.getAmount().getTotal());
        }
        String refund = PUBLIC_KEY.notification("REFUND.SUCCESS", "refund", """
                {"mchid":"%s","out_trade_no":"%s","transaction_id":"4200000000202611250000000001","out_refund_no":"%s",
                 "refund_id":"50300000012026112500000000001","refund_status":"SUCCESS","success_time":"2026-11-25T18:16:00+08:00",
                 "user_received_account":"支付用户零钱","amount":{"total":39800,"refund":19900,"payer_total":39800,"payer_refund":19900}}"""
                .formatted(MCHID, TradeNumbers.of(payment), TradeNumbers.of(RefundId.random())));
        Map<String, String> headers = PUBLIC_KEY.signed(refund);
        RefundNotification bySdk = PUBLIC_KEY.readBySdk(refund, headers, eitherKey(), RefundNotification.class);
        assertThat(openByKiosk(refund, headers).resource().path("out_refund_no").asText()).isEqualTo(bySdk.getOutRefundNo());
    }

    @Test
    void a_notification_by_a_platform_key_neither_knows_or_changed_on_the_way_is_refused_by_both() throws Exception {
        WeChatPayPlatform unknown = new WeChatPayPlatform("PUB_KEY_ID_0119000001092026010100000000002", API_V3_KEY);
        String body = unknown.notification("TRANSACTION.SUCCESS", "transaction", transaction());
        Map<String, String> byUnknownKey = unknown.signed(body);
        String changed = body.replace("TRANSACTION.SUCCESS", "TRANSACTION.CLOSED");
        Map<String, String> signedBeforeTheChange = PUBLIC_KEY.signed(body);

        assertThatThrownBy(() -> unknown.readBySdk(body, byUnknownKey, eitherKey(), Transaction.class));
        assertThatThrownBy(() -> openByKiosk(body, byUnknownKey)).isInstanceOf(WeChatPayEnvelopes.Refused.class);
        assertThatThrownBy(() -> PUBLIC_KEY.readBySdk(changed, signedBeforeTheChange, eitherKey(), Transaction.class));
        assertThatThrownBy(() -> openByKiosk(changed, signedBeforeTheChange)).isInstanceOf(WeChatPayEnvelopes.Refused.class);
    }

    private String transaction() throws Exception {
        return json.writeValueAsString(Map.of("appid", "wxd678efh567hg6787", "mchid", MCHID,
                "out_trade_no", TradeNumbers.of(payment), "transaction_id", "4200000000202611250000000001",
                "trade_type", "NATIVE", "trade_state", "SUCCESS", "trade_state_desc", "支付成功",
                "success_time", "2026-11-25T18:15:29+08:00",
                "amount", Map.of("total", 26790, "payer_total", 26790, "currency", "CNY", "payer_currency", "CNY")));
    }

    private WeChatPayEnvelopes.Opened openByKiosk(String body, Map<String, String> headers) {
        return new WeChatPayEnvelopes(properties, new WeChatPaySignatures(properties, Clock.systemUTC()), json)
                .open(headers.get("Wechatpay-Serial"), headers.get("Wechatpay-Timestamp"), headers.get("Wechatpay-Nonce"),
                        headers.get("Wechatpay-Signature"), body);
    }

    /** wechatpay-java's verifier for a merchant with both platform keys: each signature checked by the key its serial names. */
    private static Verifier eitherKey() {
        Map<String, Verifier> bySerial = Map.of(CERTIFICATE.serial(), CERTIFICATE.verifier(), PUBLIC_KEY.serial(), PUBLIC_KEY.verifier());
        return new Verifier() {
            @Override
            public boolean verify(String serial, String message, String signature) {
                Verifier key = bySerial.get(serial);
                return key != null && key.verify(serial, message, signature);
            }

            @Override
            public String getSerialNumber() {
                return PUBLIC_KEY.serial();
            }
        };
    }

    /** The body read into wechatpay-java's model, which writes it back with every field Kiosk sent. */
    private <T> T readsWhole(String body, Class<T> model) throws Exception {
        T read = GsonUtil.getGson().fromJson(body, model);
        assertThat(json.readTree(GsonUtil.toJson(read))).as(model.getSimpleName()).isEqualTo(json.readTree(body));
        return read;
    }

    private static HttpHeaders headersOf(ServeEvent served) {
        Map<String, String> headers = new HashMap<>();
        for (HttpHeader header : served.getResponse().getHeaders().all()) {
            headers.put(header.key(), header.firstValue());
        }
        return new HttpHeaders(headers);
    }
}
