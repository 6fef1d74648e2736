package io.kiosk.command.payment.alipay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.payment.PaymentAction;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.pricing.Money;
import io.kiosk.command.payment.ProviderHttp;
import io.kiosk.command.payment.ProviderRefusal;
import io.kiosk.command.payment.TestKeyPairs;
import io.kiosk.command.payment.TradeNumbers;
import io.kiosk.command.payment.Trade;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.security.KeyPair;
import java.time.Clock;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Alipay's synchronous answers ({@code alipay.trade.close}, {@code alipay.trade.precreate}) count only when Alipay signed them. */
class AlipayGatewayTest {

    private static final KeyPair MERCHANT = TestKeyPairs.rsa();
    private static final KeyPair ALIPAY = TestKeyPairs.rsa();

    @RegisterExtension
    static WireMockExtension alipay = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private AlipayGateway gateway;
    private PaymentId payment;

    @BeforeEach
    void setUp() {
        gateway = new AlipayGateway(new AlipayProperties(URI.create(alipay.baseUrl() + "/gateway.do"), "2021000000000001",
                TestKeyPairs.base64(MERCHANT.getPrivate()), TestKeyPairs.base64(ALIPAY.getPublic()),
                "https://kiosk.example.com/n", null, null, null), ProviderHttp.Timeouts.DEFAULT, new ObjectMapper(), Clock.systemUTC());
        payment = PaymentId.random();
    }

    private void alipayAnswers(String response, KeyPair signer) {
        alipay.stubFor(post(urlPathEqualTo("/gateway.do")).willReturn(okJson("{\"alipay_trade_close_response\":" + response
                + ",\"sign\":\"" + TestKeyPairs.sign(response, signer.getPrivate()) + "\"}")));
    }

    @Test
    void a_close_alipay_signed_is_done() {
        alipayAnswers("{\"code\":\"10000\",\"msg\":\"Success\",\"out_trade_no\":\"" + payment + "\"}", ALIPAY);

        assertThatCode(() -> gateway.close(payment, PaymentProvider.ALIPAY)).doesNotThrowAnyException();
    }

    @Test
    void a_trade_alipay_never_opened_needs_no_closing() {
        alipayAnswers("{\"code\":\"40004\",\"msg\":\"Business Failed\",\"sub_code\":\"ACQ.TRADE_NOT_EXIST\","
                + "\"sub_msg\":\"交易不存在\"}", ALIPAY);

        assertThatCode(() -> gateway.close(payment, PaymentProvider.ALIPAY)).doesNotThrowAnyException();
        assertThat(closedTradeNumbers()).containsExactly(TradeNumbers.of(payment), payment.toString());
    }

    @Test
    void a_trade_opened_under_the_old_hyphenated_number_is_closed_under_it() {
        String notExist = "{\"code\":\"40004\",\"msg\":\"Business Failed\",\"sub_code\":\"ACQ.TRADE_NOT_EXIST\"}";
        String closed = "{\"code\":\"10000\",\"msg\":\"Success\",\"out_trade_no\":\"" + payment + "\"}";
        alipay.stubFor(post(urlPathEqualTo("/gateway.do")).withRequestBody(containing(TradeNumbers.of(payment)))
                .willReturn(okJson(signedAnswer(notExist))));
        alipay.stubFor(post(urlPathEqualTo("/gateway.do")).withRequestBody(containing(payment.toString()))
                .willReturn(okJson(signedAnswer(closed))));

        assertThatCode(() -> gateway.close(payment, PaymentProvider.ALIPAY)).doesNotThrowAnyException();
        assertThat(closedTradeNumbers()).containsExactly(TradeNumbers.of(payment), payment.toString());
    }

    private static String signedAnswer(String response) {
        return "{\"alipay_trade_close_response\":" + response + ",\"sign\":\"" + TestKeyPairs.sign(response, ALIPAY.getPrivate())
                + "\"}";
    }

    /** The {@code out_trade_no} of each close Kiosk asked for, oldest first. */
    private List<String> closedTradeNumbers() {
        ObjectMapper json = new ObjectMapper();
        return alipay.findAll(postRequestedFor(urlPathEqualTo("/gateway.do"))).stream()
                .map(request -> request.formParameters().get("biz_content").firstValue())
                .map(biz -> {
                    try {
                        return json.readTree(biz).path("out_trade_no").asText();
                    } catch (JsonProcessingException notJson) {
                        throw new IllegalStateException(notJson);
                    }
                })
                .toList();
    }

    @Test
    void a_success_not_signed_by_alipay_is_not_believed() {
        alipayAnswers("{\"code\":\"10000\",\"msg\":\"Success\",\"out_trade_no\":\"" + payment + "\"}", MERCHANT);

        assertThatThrownBy(() -> gateway.close(payment, PaymentProvider.ALIPAY))
                .isInstanceOfSatisfying(ProviderRefusal.class, refusal -> assertThat(refusal.reason()).isEqualTo("provider-unverified"));
    }

    @Test
    void a_refusal_by_alipay_is_reported() {
        alipayAnswers("{\"code\":\"40004\",\"msg\":\"Business Failed\",\"sub_code\":\"ACQ.TRADE_STATUS_ERROR\","
                + "\"sub_msg\":\"交易状态不合法\"}", ALIPAY);

        assertThatThrownBy(() -> gateway.close(payment, PaymentProvider.ALIPAY))
                .isInstanceOfSatisfying(ProviderRefusal.class, refusal -> assertThat(refusal.getMessage()).contains("ACQ.TRADE_STATUS_ERROR"));
    }

    @Test
    void a_trade_alipay_says_it_never_opened_is_believed_only_when_signed() {
        alipayAnswers("{\"code\":\"40004\",\"msg\":\"Business Failed\",\"sub_code\":\"ACQ.TRADE_NOT_EXIST\"}", MERCHANT);

        assertThatThrownBy(() -> gateway.close(payment, PaymentProvider.ALIPAY))
                .isInstanceOfSatisfying(ProviderRefusal.class, refusal -> assertThat(refusal.reason()).isEqualTo("provider-unverified"));
    }

    @Test
    void the_qr_code_cashier_precreates_the_trade_and_shows_alipays_code() {
        AlipayGateway qr = new AlipayGateway(new AlipayProperties(URI.create(alipay.baseUrl() + "/gateway.do"), "2021000000000001",
                TestKeyPairs.base64(MERCHANT.getPrivate()), TestKeyPairs.base64(ALIPAY.getPublic()),
                "https://kiosk.example.com/n", null, null, AlipayProperties.Cashier.QR_CODE), ProviderHttp.Timeouts.DEFAULT, new ObjectMapper(),
                Clock.systemUTC());
        String created = "{\"code\":\"10000\",\"msg\":\"Success\",\"out_trade_no\":\"" + TradeNumbers.of(payment)
                + "\",\"qr_code\":\"https://qr.alipay.com/bax03431ljhokirwl38f00a7\"}";
        alipay.stubFor(post(urlPathEqualTo("/gateway.do")).willReturn(okJson("{\"alipay_trade_precreate_response\":" + created
                + ",\"sign\":\"" + TestKeyPairs.sign(created, ALIPAY.getPrivate()) + "\"}")));

        PaymentAction action = qr.open(new Trade(payment, PaymentProvider.ALIPAY, Money.of("267.90", "CNY"), "Kiosk order 1"));

        assertThat(action).isEqualTo(new PaymentAction(PaymentAction.Kind.QR_CODE, "https://qr.alipay.com/bax03431ljhokirwl38f00a7"));
        alipay.verify(postRequestedFor(urlPathEqualTo("/gateway.do"))
                .withFormParam("method", equalTo("alipay.trade.precreate"))
                .withFormParam("notify_url", equalTo("https://kiosk.example.com/n"))
                .withFormParam("biz_content", equalTo("{\"out_trade_no\":\"" + TradeNumbers.of(payment)
                        + "\",\"total_amount\":\"267.90\",\"subject\":\"Kiosk order 1\"}")));
    }

    @Test
    void a_precreated_code_not_signed_by_alipay_is_not_shown() {
        AlipayGateway qr = new AlipayGateway(new AlipayProperties(URI.create(alipay.baseUrl() + "/gateway.do"), "2021000000000001",
                TestKeyPairs.base64(MERCHANT.getPrivate()), TestKeyPairs.base64(ALIPAY.getPublic()),
                "https://kiosk.example.com/n", null, null, AlipayProperties.Cashier.QR_CODE), ProviderHttp.Timeouts.DEFAULT, new ObjectMapper(),
                Clock.systemUTC());
        String created = "{\"code\":\"10000\",\"msg\":\"Success\",\"qr_code\":\"https://evil.example.com/qr\"}";
        alipay.stubFor(post(urlPathEqualTo("/gateway.do")).willReturn(okJson("{\"alipay_trade_precreate_response\":" + created
                + ",\"sign\":\"" + TestKeyPairs.sign(created, MERCHANT.getPrivate()) + "\"}")));

        assertThatThrownBy(() -> qr.open(new Trade(payment, PaymentProvider.ALIPAY, Money.of("267.90", "CNY"), "Kiosk order 1")))
                .isInstanceOfSatisfying(ProviderRefusal.class, refusal -> assertThat(refusal.reason()).isEqualTo("provider-unverified"));
    }

    @Test
    void alipay_collects_only_yuan() {
        assertThatThrownBy(() -> gateway.open(new Trade(payment, PaymentProvider.ALIPAY, Money.of("10.00", "EUR"), null)))
                .isInstanceOfSatisfying(ProviderRefusal.class, refusal -> assertThat(refusal.reason()).isEqualTo("currency-not-supported"));
    }
}
