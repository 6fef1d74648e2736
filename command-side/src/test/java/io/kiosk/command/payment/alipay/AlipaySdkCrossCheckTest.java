package io.kiosk.command.payment.alipay;

import com.alipay.api.AlipayApiException;
import com.alipay.api.DefaultAlipayClient;
import com.alipay.api.domain.AlipayTradeCloseModel;
import com.alipay.api.domain.AlipayTradeFastpayRefundQueryModel;
import com.alipay.api.domain.AlipayTradePagePayModel;
import com.alipay.api.domain.AlipayTradePrecreateModel;
import com.alipay.api.domain.AlipayTradeRefundModel;
import com.alipay.api.internal.util.AlipaySignature;
import com.alipay.api.request.AlipayTradeCloseRequest;
import com.alipay.api.request.AlipayTradeFastpayRefundQueryRequest;
import com.alipay.api.request.AlipayTradePagePayRequest;
import com.alipay.api.request.AlipayTradePrecreateRequest;
import com.alipay.api.request.AlipayTradeRefundRequest;
import com.alipay.api.response.AlipayTradeCloseResponse;
import com.alipay.api.response.AlipayTradeFastpayRefundQueryResponse;
import com.alipay.api.response.AlipayTradePrecreateResponse;
import com.alipay.api.response.AlipayTradeRefundResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.payment.PaymentAction;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundId;
import io.kiosk.command.payment.ProviderHttp;
import io.kiosk.command.payment.ProviderRefund;
import io.kiosk.command.payment.TestKeyPairs;
import io.kiosk.command.payment.Trade;
import io.kiosk.command.payment.TradeNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kiosk's Alipay open-API calls judged by Alipay's official Java SDK (alipay-sdk-java 4.40.0.ALL). For each call the
 * SDK's {@link DefaultAlipayClient} builds the same request from its own model classes, against the same stand-in for
 * Alipay's gateway (WireMock): both carry the same parameters and the same {@code biz_content} (the SDK sends the
 * common ones in the query, Kiosk in the form; Alipay takes either), Kiosk's signature verifies with the SDK's
 * {@link AlipaySignature} and the merchant's public key, and the stand-in's signed answers, which Kiosk believes,
 * pass the SDK's own signature check and read into its response models. Trade and refund numbers are letters, digits
 * and underscores only.
 */
class AlipaySdkCrossCheckTest {

    private static final String APP_ID = "2021000000000001";
    private static final String NOTIFY_URL = "https://kiosk.example.com/api/payments/alipay/notifications";
    private static final KeyPair MERCHANT = TestKeyPairs.rsa();
    private static final KeyPair ALIPAY = TestKeyPairs.rsa();
    /** Parameters that differ between any two requests: when they were signed, the signature, the SDK's own name. */
    private static final List<String> PER_REQUEST = List.of("timestamp", "sign", "alipay_sdk");

    @RegisterExtension
    static WireMockExtension alipay = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final ObjectMapper json = new ObjectMapper();
    private final PaymentId payment = PaymentId.random();

    private AlipayGateway kiosk(AlipayProperties.Cashier cashier) {
        return new AlipayGateway(new AlipayProperties(URI.create(gateway()), APP_ID, TestKeyPairs.base64(MERCHANT.getPrivate()),
                TestKeyPairs.base64(ALIPAY.getPublic()), NOTIFY_URL, null, null, cashier), ProviderHttp.Timeouts.DEFAULT, json,
                Clock.systemUTC());
    }

    private static DefaultAlipayClient sdk() {
        return new DefaultAlipayClient(gateway(), APP_ID, TestKeyPairs.base64(MERCHANT.getPrivate()), "JSON", "utf-8",
                TestKeyPairs.base64(ALIPAY.getPublic()), "RSA2");
    }

    private static String gateway() {
        return alipay.baseUrl() + "/gateway.do";
    }

    @Test
    void the_cashier_url_carries_what_the_sdks_page_pay_url_carries_and_its_signature_verifies_with_the_sdk() throws Exception {
        PaymentAction action = kiosk(AlipayProperties.Cashier.PAGE)
                .open(new Trade(payment, PaymentProvider.ALIPAY, Money.of("267.90", "CNY"), "Kiosk 订单 1"));
        AlipayTradePagePayModel model = new AlipayTradePagePayModel();
        model.setOutTradeNo(TradeNumbers.of(payment));
        model.setTotalAmount("267.90");
        model.setSubject("Kiosk 订单 1");
        model.setProductCode("FAST_INSTANT_TRADE_PAY");
        AlipayTradePagePayRequest request = new AlipayTradePagePayRequest();
        request.setNotifyUrl(NOTIFY_URL);
        request.setBizModel(model);
        String sdkUrl = sdk().pageExecute(request, "GET").getBody();

        assertSameCall(parameters(URI.create(action.value()).getRawQuery()), parameters(URI.create(sdkUrl).getRawQuery()));
        assertThat(model.getOutTradeNo()).matches("\\w{1,64}");
    }

    @Test
    void a_precreate_is_the_sdks_and_the_code_it_answers_is_read_by_both() throws Exception {
        String created = "{\"code\":\"10000\",\"msg\":\"Success\",\"out_trade_no\":\"" + TradeNumbers.of(payment)
                + "\",\"qr_code\":\"https://qr.alipay.com/bax03431ljhokirwl38f00a7\"}";
        alipayAnswers("alipay.trade.precreate", created);
        AlipayTradePrecreateModel model = new AlipayTradePrecreateModel();
        model.setOutTradeNo(TradeNumbers.of(payment));
        model.setTotalAmount("267.90");
        model.setSubject("Kiosk order 1");
        AlipayTradePrecreateRequest request = new AlipayTradePrecreateRequest();
        request.setNotifyUrl(NOTIFY_URL);
        request.setBizModel(model);

        PaymentAction action = kiosk(AlipayProperties.Cashier.QR_CODE)
                .open(new Trade(payment, PaymentProvider.ALIPAY, Money.of("267.90", "CNY"), "Kiosk order 1"));
        AlipayTradePrecreateResponse answer = sdk().execute(request);

        assertSameCalls();
        assertThat(answer.isSuccess()).isTrue();
        assertThat(action.value()).isEqualTo(answer.getQrCode());
    }

    @Test
    void a_close_is_the_sdks_and_its_signed_answer_passes_the_sdks_check() throws Exception {
        alipayAnswers("alipay.trade.close", "{\"code\":\"10000\",\"msg\":\"Success\",\"trade_no\":\"2026112522001400000000000001\","
                + "\"out_trade_no\":\"" + TradeNumbers.of(payment) + "\"}");
        AlipayTradeCloseModel model = new AlipayTradeCloseModel();
        model.setOutTradeNo(TradeNumbers.of(payment));
        AlipayTradeCloseRequest request = new AlipayTradeCloseRequest();
        request.setBizModel(model);

        kiosk(AlipayProperties.Cashier.PAGE).close(payment, PaymentProvider.ALIPAY);
        AlipayTradeCloseResponse answer = sdk().execute(request);

        assertSameCalls();
        assertThat(answer.isSuccess()).isTrue();
        assertThat(answer.getOutTradeNo()).isEqualTo(TradeNumbers.of(payment));
    }

    @Test
    void a_refund_and_its_query_are_the_sdks_and_their_signed_answers_pass_the_sdks_check() throws Exception {
        RefundId refundId = RefundId.random();
        alipayAnswers("alipay.trade.refund", "{\"code\":\"10000\",\"msg\":\"Success\",\"trade_no\":\"2026112522001\","
                + "\"out_trade_no\":\"" + TradeNumbers.of(payment) + "\",\"fund_change\":\"N\",\"refund_fee\":\"199.00\"}");
        alipayAnswers("alipay.trade.fastpay.refund.query", "{\"code\":\"10000\",\"msg\":\"Success\",\"out_request_no\":\""
                + TradeNumbers.of(refundId) + "\",\"refund_status\":\"REFUND_SUCCESS\",\"gmt_refund_pay\":\"2026-11-25 10:00:00\"}");
        AlipayTradeRefundModel refund = new AlipayTradeRefundModel();
        refund.setOutTradeNo(TradeNumbers.of(payment));
        refund.setRefundAmount("199.00");
        refund.setOutRequestNo(TradeNumbers.of(refundId));
        refund.setRefundReason("Kiosk refund for order 1");
        AlipayTradeRefundRequest refundRequest = new AlipayTradeRefundRequest();
        refundRequest.setBizModel(refund);
        AlipayTradeFastpayRefundQueryModel query = new AlipayTradeFastpayRefundQueryModel();
        query.setOutTradeNo(TradeNumbers.of(payment));
        query.setOutRequestNo(TradeNumbers.of(refundId));
        AlipayTradeFastpayRefundQueryRequest queryRequest = new AlipayTradeFastpayRefundQueryRequest();
        queryRequest.setBizModel(query);

        kiosk(AlipayProperties.Cashier.PAGE).refund(new ProviderRefund(refundId, payment, PaymentProvider.ALIPAY,
                Money.of("199.00", "CNY"), Money.of("398.00", "CNY"), "2026112522001", "Kiosk refund for order 1"));
        AlipayTradeRefundResponse refunded = sdk().execute(refundRequest);
        AlipayTradeFastpayRefundQueryResponse queried = sdk().execute(queryRequest);

        assertSameCalls();
        assertThat(refunded.getFundChange()).isEqualTo("N");
        assertThat(queried.getRefundStatus()).isEqualTo("REFUND_SUCCESS");
        assertThat(refund.getOutRequestNo()).matches("\\w{1,64}");
    }

    /**
     * The stand-in's answer to {@code method}, the response node signed by Alipay's key as Alipay signs it, for Kiosk
     * (which names the method in its form) and for the SDK (which names it in the query).
     */
    private static void alipayAnswers(String method, String response) {
        String answer = "{\"" + method.replace('.', '_') + "_response\":" + response + ",\"sign\":\""
                + TestKeyPairs.sign(response, ALIPAY.getPrivate()) + "\"}";
        alipay.stubFor(post(urlPathEqualTo("/gateway.do")).withRequestBody(containing("method=" + method)).willReturn(okJson(answer)));
        alipay.stubFor(post(urlPathEqualTo("/gateway.do")).withQueryParam("method", equalTo(method)).willReturn(okJson(answer)));
    }

    /** Kiosk's calls (the first half, oldest first) are the SDK's (the second half), call by call. */
    private void assertSameCalls() throws Exception {
        List<LoggedRequest> sent = new ArrayList<>(alipay.getAllServeEvents().stream().map(event -> event.getRequest()).toList());
        Collections.reverse(sent);
        assertThat(sent.size() % 2).as("as many calls from the SDK as from Kiosk").isZero();
        for (int i = 0; i < sent.size() / 2; i++) {
            assertSameCall(parameters(sent.get(i)), parameters(sent.get(sent.size() / 2 + i)));
        }
    }

    private void assertSameCall(Map<String, String> kiosk, Map<String, String> sdk) throws Exception {
        assertThat(AlipaySignature.rsaCheckV2(new TreeMap<>(kiosk), TestKeyPairs.base64(MERCHANT.getPublic()), "utf-8", "RSA2"))
                .as("Kiosk's signature, checked by the SDK").isTrue();
        assertThat(json.readTree(kiosk.get("biz_content"))).isEqualTo(json.readTree(sdk.get("biz_content")));
        Map<String, String> kioskRest = new TreeMap<>(kiosk);
        Map<String, String> sdkRest = new TreeMap<>(sdk);
        for (String name : PER_REQUEST) {
            kioskRest.remove(name);
            sdkRest.remove(name);
        }
        kioskRest.remove("biz_content");
        sdkRest.remove("biz_content");
        assertThat(kioskRest).isEqualTo(sdkRest);
        assertThat(kiosk.get("timestamp")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    }

    /** Every parameter of a call to the gateway, from its query and its form alike. */
    private static Map<String, String> parameters(LoggedRequest request) {
        Map<String, String> all = parameters(URI.create(request.getUrl()).getRawQuery());
        all.putAll(parameters(request.getBodyAsString()));
        return all;
    }

    private static Map<String, String> parameters(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return new TreeMap<>();
        }
        return Arrays.stream(encoded.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        pair -> pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "",
                        (first, second) -> first, TreeMap::new));
    }
}
