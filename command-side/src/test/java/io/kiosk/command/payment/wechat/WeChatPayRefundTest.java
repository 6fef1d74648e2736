package io.kiosk.command.payment.wechat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundId;
import io.kiosk.command.payment.ProviderHttp;
import io.kiosk.command.payment.ProviderRefund;
import io.kiosk.command.payment.ProviderRefusal;
import io.kiosk.command.payment.RefundReceipt;
import io.kiosk.command.payment.TestKeyPairs;
import io.kiosk.command.payment.TradeNumbers;
import io.kiosk.command.payment.WeChatPayPlatform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * WeChat Pay API v3 refunds ({@code POST /v3/refund/domestic/refunds}) against a stand-in for WeChat Pay (WireMock)
 * whose answers are signed with a "platform" key: the request is signed WECHATPAY2-SHA256-RSA2048 by the merchant
 * key, names the refund as {@code out_refund_no} and the trade's total; the answer counts only when WeChat Pay
 * signed it, and is usually {@code PROCESSING} (confirmed later by notification).
 */
class WeChatPayRefundTest {

    private static final String MCHID = "1900000109";
    private static final String MERCHANT_SERIAL = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";
    private static final String PLATFORM_SERIAL = "PUB_KEY_ID_0119000001092025112500000000001";
    private static final KeyPair MERCHANT = TestKeyPairs.rsa();
    private static final KeyPair PLATFORM = TestKeyPairs.rsa();
    private static final String REFUNDS = "/v3/refund/domestic/refunds";

    @RegisterExtension
    static WireMockExtension wechat = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final ObjectMapper json = new ObjectMapper();
    private WeChatPayGateway gateway;
    private ProviderRefund refund;

    @BeforeEach
    void setUp() {
        gateway = new WeChatPayGateway(new WeChatPayProperties(URI.create(wechat.baseUrl()), "wxd678efh567hg6787", MCHID,
                MERCHANT_SERIAL, TestKeyPairs.base64(MERCHANT.getPrivate()),
                List.of(new WeChatPayProperties.PlatformKey(PLATFORM_SERIAL, TestKeyPairs.pem(PLATFORM.getPublic()))),
                UUID.randomUUID().toString().replace("-", ""), "https://kiosk.example.com/n", Duration.ofMinutes(5),
                "https://kiosk.example.com/api/payments/wechat/refund-notifications"), ProviderHttp.Timeouts.DEFAULT, json,
                Clock.systemUTC());
        refund = new ProviderRefund(RefundId.random(), PaymentId.random(), PaymentProvider.WECHAT_PAY, Money.of("199.00", "CNY"),
                Money.of("398.00", "CNY"), "4200000000202611250000000001", "Kiosk refund for order 1");
    }

    private static ResponseDefinitionBuilder signedBy(KeyPair signer, String body) {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String nonce = UUID.randomUUID().toString().replace("-", "");
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)
                .withHeader("Wechatpay-Serial", PLATFORM_SERIAL).withHeader("Wechatpay-Timestamp", timestamp)
                .withHeader("Wechatpay-Nonce", nonce)
                .withHeader("Wechatpay-Signature", TestKeyPairs.sign(timestamp + "\n" + nonce + "\n" + body + "\n", signer.getPrivate()));
    }

    private String answer(String status) {
        return "{\"refund_id\":\"50300000012026112500000000001\",\"out_refund_no\":\"" + TradeNumbers.of(refund.refundId())
                + "\",\"transaction_id\":\"4200000000202611250000000001\",\"channel\":\"ORIGINAL\",\"status\":\"" + status
                + "\",\"success_time\":\"2026-11-25T18:16:00+08:00\",\"amount\":{\"total\":39800,\"refund\":19900,"
                + "\"payer_total\":39800,\"payer_refund\":19900,\"currency\":\"CNY\"}}";
    }

    @Test
    void a_refund_is_posted_signed_by_the_merchant_with_the_refund_number_the_amount_and_the_trades_total() throws Exception {
        wechat.stubFor(post(REFUNDS).willReturn(signedBy(PLATFORM, answer("PROCESSING"))));

        RefundReceipt receipt = gateway.refund(refund);

        assertThat(receipt).isEqualTo(RefundReceipt.pending("50300000012026112500000000001"));
        LoggedRequest sent = wechat.findAll(postRequestedFor(urlPathEqualTo(REFUNDS))).get(0);
        JsonNode body = json.readTree(sent.getBodyAsString());
        assertThat(body.path("out_trade_no").asText()).isEqualTo(refund.paymentId().toString().replace("-", ""));
        assertThat(body.path("out_refund_no").asText()).isEqualTo(refund.refundId().toString().replace("-", ""));
        assertThat(body.path("reason").asText()).isEqualTo("Kiosk refund for order 1");
        assertThat(body.path("notify_url").asText()).isEqualTo("https://kiosk.example.com/api/payments/wechat/refund-notifications");
        assertThat(body.path("amount").path("refund").asLong()).isEqualTo(19900);
        assertThat(body.path("amount").path("total").asLong()).isEqualTo(39800);
        assertThat(body.path("amount").path("currency").asText()).isEqualTo("CNY");
        assertThat(WeChatPayPlatform.signedByMerchant(sent, MCHID, MERCHANT_SERIAL, MERCHANT.getPublic()))
                .as(sent.getHeader("Authorization")).isTrue();
    }

    @Test
    void a_refund_wechat_pay_already_paid_back_is_completed_at_its_success_time() {
        wechat.stubFor(post(REFUNDS).willReturn(signedBy(PLATFORM, answer("SUCCESS"))));

        assertThat(gateway.refund(refund)).isEqualTo(RefundReceipt.completed("50300000012026112500000000001",
                Instant.parse("2026-11-25T10:16:00Z")));
    }

    @Test
    void an_answer_not_signed_by_wechat_pay_is_not_believed() {
        wechat.stubFor(post(REFUNDS).willReturn(signedBy(MERCHANT, answer("SUCCESS"))));

        assertThatThrownBy(() -> gateway.refund(refund))
                .isInstanceOfSatisfying(ProviderRefusal.class, refusal -> assertThat(refusal.reason()).isEqualTo("provider-unverified"));
    }

    @Test
    void an_abnormal_or_closed_refund_and_wechat_pays_refusals_are_failures() {
        wechat.stubFor(post(REFUNDS).willReturn(signedBy(PLATFORM, answer("ABNORMAL"))));
        assertThatThrownBy(() -> gateway.refund(refund))
                .isInstanceOfSatisfying(ProviderRefusal.class, refusal -> assertThat(refusal.reason()).isEqualTo("refund-abnormal"));

        wechat.stubFor(post(REFUNDS).willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"NOT_ENOUGH\",\"message\":\"基本账户余额不足\"}")));
        assertThatThrownBy(() -> gateway.refund(refund))
                .isInstanceOfSatisfying(ProviderRefusal.class, refusal -> assertThat(refusal.getMessage()).contains("NOT_ENOUGH"));

        wechat.stubFor(post(REFUNDS).willReturn(aResponse().withStatus(500).withBody("{\"code\":\"SYSTEM_ERROR\"}")));
        assertThatThrownBy(() -> gateway.refund(refund))
                .isInstanceOfSatisfying(ProviderRefusal.class, refusal -> assertThat(refusal.reason()).isEqualTo("provider-unavailable"));
    }
}
