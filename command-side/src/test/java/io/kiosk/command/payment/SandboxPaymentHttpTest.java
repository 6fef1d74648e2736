package io.kiosk.command.payment;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.payment.PaymentAction;
import io.kiosk.api.payment.PaymentFailed;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.api.payment.PaymentSucceeded;
import io.kiosk.api.payment.RequestPayment;
import io.kiosk.api.payment.RiskFigures;
import io.kiosk.api.pricing.Money;
import io.kiosk.command.SandboxHttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

import static io.kiosk.command.orderprocess.OrderJourney.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The payment sandbox: a customer pays with any method without a merchant account. The page the payment
 * sends them to answers with three buttons; each makes the sandbox notify Kiosk in the method's real,
 * signed format, through the same endpoints and checks as the real providers.
 */
class SandboxPaymentHttpTest extends SandboxHttpTest {

    private ProviderCallbacks browser;
    private PaymentEvents events;
    private PaymentId payment;

    @BeforeEach
    void setUp() {
        browser = new ProviderCallbacks(port);
        events = new PaymentEvents(store);
        payment = PaymentId.random();
    }

    private String requestPayment(PaymentProvider method) {
        commands.sendAndWait(new RequestPayment(payment, OrderId.random(), CustomerId.random(), method,
                Money.of("267.90", "CNY"), "Kiosk <order> 1", null, null, RiskFigures.none(Instant.now())));
        eventually(() -> events.of(payment, PaymentRequested.class), requested -> !requested.isEmpty());
        PaymentAction action = events.of(payment, PaymentRequested.class).get(0).action();
        assertThat(action.kind()).isEqualTo(method == PaymentProvider.WECHAT_PAY ? PaymentAction.Kind.QR_CODE : PaymentAction.Kind.REDIRECT);
        return URI.create(action.value()).getPath();
    }

    private static HttpResponse<String> open(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @EnumSource(PaymentProvider.class)
    void a_customer_pays_on_the_sandbox_page_and_the_payment_succeeds(PaymentProvider method) throws Exception {
        String page = requestPayment(method);

        HttpResponse<String> shown = open(port, page);
        // a browser posts the page's form with the page's origin, which the page's Referrer-Policy lets it send
        ProviderCallbacks.Answer paid = browser.post(page, "application/x-www-form-urlencoded", "outcome=pay",
                Map.of("Origin", "http://localhost:" + port));

        assertThat(page).isEqualTo("/sandbox/pay/" + payment);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(shown.headers().firstValue("Referrer-Policy")).as("not no-referrer: the form would come from origin null")
                .contains("same-origin");
        assertThat(shown.body()).contains("267.90 CNY", "Kiosk &lt;order&gt; 1", "value=\"pay\"", "value=\"decline\"",
                "value=\"abandon\"").doesNotContain("<script", "<order>");
        assertThat(paid.status()).isEqualTo(200);
        assertThat(paid.body()).contains("Paid");
        assertThat(events.of(payment, PaymentSucceeded.class)).singleElement()
                .satisfies(succeeded -> assertThat(succeeded.method()).isEqualTo(method))
                .satisfies(succeeded -> assertThat(succeeded.amount()).isEqualTo(Money.of("267.90", "CNY")));
    }

    @ParameterizedTest
    @EnumSource(PaymentProvider.class)
    void a_customer_who_declines_fails_the_payment(PaymentProvider method) {
        String page = requestPayment(method);

        browser.post(page, "application/x-www-form-urlencoded", "outcome=decline", Map.of());

        assertThat(events.of(payment, PaymentSucceeded.class)).isEmpty();
        assertThat(events.of(payment, PaymentFailed.class)).hasSize(1);
    }

    @Test
    void the_sandbox_sends_the_customer_back_to_the_shop_s_page_it_was_given_and_to_no_other_site() throws Exception {
        String page = requestPayment(PaymentProvider.ALIPAY);
        String orderPage = "https://shop.kiosk.test/orders/5f0c3c57-6a55-4a4e-9d3a-3d3f2c1b0a99";

        HttpResponse<String> shown = open(port, page + "?return=" + java.net.URLEncoder.encode(orderPage, "UTF-8"));
        HttpResponse<String> elsewhere = open(port, page + "?return=" + java.net.URLEncoder.encode("https://evil.example/x", "UTF-8"));
        ProviderCallbacks.Answer paid = browser.post(page, "application/x-www-form-urlencoded",
                "outcome=pay&return=" + java.net.URLEncoder.encode(orderPage, "UTF-8"), Map.of());

        assertThat(shown.body()).contains("name=\"return\" value=\"" + orderPage + "\"", "href=\"" + orderPage + "\"");
        assertThat(elsewhere.body()).doesNotContain("evil.example").contains("value=\"pay\"");
        assertThat(paid.body()).contains("id=\"return-to-shop\" href=\"" + orderPage + "\"");
    }

    @Test
    void a_customer_who_walks_away_leaves_a_closed_trade() {
        String page = requestPayment(PaymentProvider.WECHAT_PAY);

        browser.post(page, "application/x-www-form-urlencoded", "outcome=abandon", Map.of());

        assertThat(events.of(payment, PaymentFailed.class)).singleElement()
                .satisfies(failed -> assertThat(failed.reason()).isEqualTo("trade-closed"));
    }

    @Test
    void the_api_description_names_every_payment_endpoint() throws Exception {
        HttpResponse<String> description = open(port, "/v3/api-docs");

        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(description.body()).contains("/api/payments/alipay/notifications", "/api/payments/wechat/notifications",
                "/api/payments/card/webhooks", "/sandbox/pay/{paymentId}");
    }

    @Test
    void the_sandbox_page_of_an_unknown_trade_is_a_not_found_problem() throws Exception {
        HttpResponse<String> missing = open(port, "/sandbox/pay/" + PaymentId.random());

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }
}
