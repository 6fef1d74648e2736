package io.kiosk.command.payment.alipay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Alipay refunds ({@code alipay.trade.refund}) against a stand-in for Alipay's gateway (WireMock): the request is
 * signed RSA2 by the merchant key with the refund's id as {@code out_request_no}; the answer counts only when Alipay
 * signed it; a repeat that moved no money is confirmed with {@code alipay.trade.fastpay.refund.query}.
 */
class AlipayRefundTest {

    private static final KeyPair MERCHANT = TestKeyPairs.rsa();
    private static final KeyPair ALIPAY = TestKeyPairs.rsa();

    @RegisterExtension
    static WireMockExtension alipay = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final ObjectMapper json = new ObjectMapper();
    private AlipayGateway gateway;
    private ProviderRefund refund;

    @BeforeEach
    void setUp() {
        gateway = new AlipayGateway(new AlipayProperties(URI.create(alipay.baseUrl() + "/gateway.do"), "2021000000000001",
                TestKeyPairs.base64(MERCHANT.getPrivate()), TestKeyPairs.base64(ALIPAY.getPublic()),
                "https://kiosk.example.com/n", null, null, null), ProviderHttp.Timeouts.DEFAULT, json,
                Clock.fixed(Instant.parse("2026-11-25T02:15:30Z"), ZoneOffset.UTC));
        refund = new ProviderRefund(RefundId.random(), PaymentId.random(), PaymentProvider.ALIPAY, Money.of("199.00", "CNY"),
                Money.of("398.00", "CNY"), "2026112522001", "Kiosk refund for order 1");
    }

    private void alipayAnswers(String method, String response, KeyPair signer) {
        alipay.stubFor(post(urlPathEqualTo("/gateway.do")).withRequestBody(containing("method=" + method))
                .willReturn(okJson(signed(method, response, signer))));
    }

    /** Alipay's answer to {@code method}: the response node and its signature by {@code signer}. */
    private static String signed(String method, String response, KeyPair signer) {
        return "{\"" + method.replace('.', '_') + "_response\":" + response + ",\"sign\":\""
                + TestKeyPairs.sign(response, signer.getPrivate()) + "\"}";
    }

    private static Map<String, String> form(LoggedRequest request) {
        return Arrays.stream(request.getBodyAsString().split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }

    @Test
    void a_refund_is_a_signed_alipay_trade_refund_naming_the_trade_the_amount_and_the_refund_as_out_request_no() throws Exception {
        alipayAnswers("alipay.trade.refund", "{\"code\":\"10000\",\"msg\":\"Success\",\"trade_no\":\"2026112522001\","
                + "\"out_trade_no\":\"" + TradeNumbers.of(refund.paymentId()) + "\",\"fund_change\":\"Y\",\"refund_fee\":\"199.00\","
                + "\"gmt_refund_pay\":\"2026-11-25 10:15:31\"}", ALIPAY);

        RefundReceipt receipt = gateway.refund(refund);

        assertThat(receipt).isEqualTo(RefundReceipt.completed("2026112522001", Instant.parse("2026-11-25T02:15:31Z")));
        Map<String, String> sent = form(alipay.findAll(postRequestedFor(urlPathEqualTo("/gateway.do"))).get(0));
        assertThat(sent).containsEntry("method", "alipay.trade.refund").containsEntry("app_id", "2021000000000001")
                .containsEntry("sign_type", "RSA2").containsEntry("timestamp", "2026-11-25 10:15:30")
                .doesNotContainKey("notify_url");
        JsonNode biz = json.readTree(sent.get("biz_content"));
        assertThat(biz.path("out_trade_no").asText()).isEqualTo(TradeNumbers.of(refund.paymentId())).matches("\\w{1,64}");
        assertThat(biz.path("refund_amount").asText()).isEqualTo("199.00");
        assertThat(biz.path("out_request_no").asText()).isEqualTo(TradeNumbers.of(refund.refundId())).matches("\\w{1,64}");
        assertThat(biz.path("refund_reason").asText()).isEqualTo("Kiosk refund for order 1");
        assertThat(TestKeyPairs.verifies(AlipaySignatures.requestContent(sent), sent.get("sign"), MERCHANT.getPublic()))
                .as("signed by the merchant's key").isTrue();
    }

    @Test
    void a_trade_opened_under_the_old_hyphenated_number_is_refunded_under_it_with_a_hyphenated_refund_number() throws Exception {
        alipay.stubFor(post(urlPathEqualTo("/gateway.do")).withRequestBody(containing(TradeNumbers.of(refund.paymentId())))
                .willReturn(okJson(signed("alipay.trade.refund", "{\"code\":\"40004\",\"msg\":\"Business Failed\","
                        + "\"sub_code\":\"ACQ.TRADE_NOT_EXIST\",\"sub_msg\":\"交易不存在\"}", ALIPAY))));
        alipay.stubFor(post(urlPathEqualTo("/gateway.do")).withRequestBody(containing(refund.paymentId().toString()))
                .willReturn(okJson(signed("alipay.trade.refund", "{\"code\":\"10000\",\"msg\":\"Success\","
                        + "\"trade_no\":\"2026112522001\",\"fund_change\":\"Y\",\"gmt_refund_pay\":\"2026-11-25 10:15:31\"}", ALIPAY))));

        RefundReceipt receipt = gateway.refund(refund);

        assertThat(receipt).isEqualTo(RefundReceipt.completed("2026112522001", Instant.parse("2026-11-25T02:15:31Z")));
        List<LoggedRequest> sent = alipay.findAll(postRequestedFor(urlPathEqualTo("/gateway.do")));
        assertThat(sent).hasSize(2);
        JsonNode legacy = json.readTree(form(sent.get(1)).get("biz_content"));
        assertThat(legacy.path("out_trade_no").asText()).isEqualTo(refund.paymentId().toString());
        assertThat(legacy.path("out_request_no").asText())
                .as("a refund first asked before trade numbers lost their hyphens is asked again under the same number")
                .isEqualTo(refund.refundId().toString());
    }

    @Test
    void a_refund_answer_not_signed_by_alipay_is_not_believed() {
        alipayAnswers("alipay.trade.refund", "{\"code\":\"10000\",\"msg\":\"Success\",\"fund_change\":\"Y\"}", MERCHANT);

        assertThatThrownBy(() -> gateway.refund(refund))
                .isInstanceOfSatisfying(ProviderRefusal.class, refusal -> assertThat(refusal.reason()).isEqualTo("provider-unverified"));
    }

    @Test
    void a_repeat_that_moved_no_money_is_confirmed_by_the_refund_query() {
        alipayAnswers("alipay.trade.refund", "{\"code\":\"10000\",\"msg\":\"Success\",\"trade_no\":\"2026112522001\","
                + "\"fund_change\":\"N\"}", ALIPAY);
        alipayAnswers("alipay.trade.fastpay.refund.query", "{\"code\":\"10000\",\"msg\":\"Success\",\"out_request_no\":\""
                + TradeNumbers.of(refund.refundId()) + "\",\"refund_status\":\"REFUND_SUCCESS\",\"gmt_refund_pay\":\"2026-11-25 10:00:00\"}", ALIPAY);

        assertThat(gateway.refund(refund)).isEqualTo(RefundReceipt.completed("2026112522001", Instant.parse("2026-11-25T02:00:00Z")));
        alipay.verify(postRequestedFor(urlPathEqualTo("/gateway.do"))
                .withRequestBody(containing("method=alipay.trade.fastpay.refund.query")));
    }

    @Test
    void a_refund_alipay_does_not_report_as_done_is_a_failure_to_retry() {
        alipayAnswers("alipay.trade.refund", "{\"code\":\"10000\",\"msg\":\"Success\",\"fund_change\":\"N\"}", ALIPAY);
        alipayAnswers("alipay.trade.fastpay.refund.query", "{\"code\":\"10000\",\"msg\":\"Success\"}", ALIPAY);

        assertThatThrownBy(() -> gateway.refund(refund))
                .isInstanceOfSatisfying(ProviderRefusal.class, refusal -> assertThat(refusal.reason()).isEqualTo("refund-not-confirmed"));
    }

    @Test
    void a_refusal_by_alipay_names_its_sub_code_and_a_system_error_is_unavailability() {
        alipayAnswers("alipay.trade.refund", "{\"code\":\"40004\",\"msg\":\"Business Failed\","
                + "\"sub_code\":\"ACQ.SELLER_BALANCE_NOT_ENOUGH\",\"sub_msg\":\"卖家余额不足\"}", ALIPAY);
        assertThatThrownBy(() -> gateway.refund(refund))
                .isInstanceOfSatisfying(ProviderRefusal.class, refusal -> assertThat(refusal.getMessage())
                        .contains("ACQ.SELLER_BALANCE_NOT_ENOUGH"));

        alipayAnswers("alipay.trade.refund", "{\"code\":\"20000\",\"msg\":\"Service Currently Unavailable\","
                + "\"sub_code\":\"ACQ.SYSTEM_ERROR\"}", ALIPAY);
        assertThatThrownBy(() -> gateway.refund(refund))
                .isInstanceOfSatisfying(ProviderRefusal.class, refusal -> assertThat(refusal.reason()).isEqualTo("provider-unavailable"));
    }

    @Test
    void alipay_refunds_only_yuan() {
        ProviderRefund euros = new ProviderRefund(refund.refundId(), refund.paymentId(), PaymentProvider.ALIPAY,
                Money.of("10.00", "EUR"), Money.of("20.00", "EUR"), null, null);

        assertThatThrownBy(() -> gateway.refund(euros))
                .isInstanceOfSatisfying(ProviderRefusal.class, refusal -> assertThat(refusal.reason()).isEqualTo("currency-not-supported"));
        assertThat(alipay.findAll(postRequestedFor(urlPathEqualTo("/gateway.do")))).isEmpty();
    }
}
