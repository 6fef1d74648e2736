package io.kiosk.command.orderprocess;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.payment.PaymentFailed;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.api.payment.PaymentAction;
import io.kiosk.api.payment.RiskFigures;
import io.kiosk.api.payment.TradeOpeningRequested;
import io.kiosk.api.pricing.Money;
import io.kiosk.command.CommandSideHttpTest;
import io.kiosk.command.payment.PaymentEvents;
import io.kiosk.command.payment.PaymentGateway;
import io.kiosk.command.payment.ProviderRefund;
import io.kiosk.command.payment.RefundReceipt;
import io.kiosk.command.payment.TestKeyPairs;
import io.kiosk.command.payment.Trade;
import io.kiosk.command.payment.WeChatPayPlatform;
import io.kiosk.command.risk.CustomerRiskFigures;
import org.axonframework.modelling.saga.AssociationValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.kiosk.command.orderprocess.OrderJourney.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.GET;

/**
 * One order's trouble is that order's problem: orders paid with WeChat Pay, whose API (WireMock) is fast for most
 * orders and, by the order's total, slow, down, silent or refusing for one. The provider is called by the payment's
 * adapter, segmented by payment, with short timeouts here (1 s to connect, 3 s to answer), three tries with pauses
 * of 200 ms and 400 ms (so a provider that answers after 30 s, or only after a minute — never, as far as the adapter is
 * concerned — is given up as one that is down); an event the order process keeps failing on is given up after two
 * tries. Two faults are planted: a customer whose risk figures cannot be read, and a bug in the gateway for trades of 154.00 CNY.
 */
class OneOrdersTroubleHttpTest extends CommandSideHttpTest {

    private static final String NATIVE = "/v3/pay/transactions/native";
    private static final String MCHID = "1900000109";
    private static final String API_V3_KEY = UUID.randomUUID().toString().replace("-", "");
    private static final KeyPair MERCHANT = TestKeyPairs.rsa();
    private static final WeChatPayPlatform PLATFORM =
            new WeChatPayPlatform("PUB_KEY_ID_0119000001092025112500000000001", API_V3_KEY);
    /** Segments of the provider adapter and of the order process (their defaults): one stalled sequence holds up its own only. */
    private static final int SEGMENTS = 8;
    /** Customers whose order the order process cannot handle (their risk figures cannot be looked up). */
    private static final Set<CustomerId> POISONED = ConcurrentHashMap.newKeySet();

    @RegisterExtension
    static WireMockExtension wechat = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void wechatAndShortCalls(DynamicPropertyRegistry properties) {
        properties.add("kiosk.payments.wechat.api-url", wechat::baseUrl);
        properties.add("kiosk.payments.wechat.app-id", () -> "wxd678efh567hg6787");
        properties.add("kiosk.payments.wechat.merchant-id", () -> MCHID);
        properties.add("kiosk.payments.wechat.merchant-serial-number", () -> "5157F09EFDC096DE15EBE81A47057A7232F1B8E1");
        properties.add("kiosk.payments.wechat.private-key", () -> TestKeyPairs.base64(MERCHANT.getPrivate()));
        properties.add("kiosk.payments.wechat.platform-keys[0].serial", PLATFORM::serial);
        properties.add("kiosk.payments.wechat.platform-keys[0].public-key", () -> PLATFORM.configured().publicKey());
        properties.add("kiosk.payments.wechat.api-v3-key", () -> API_V3_KEY);
        properties.add("kiosk.payments.calls.connect-timeout", () -> "1s");
        properties.add("kiosk.payments.calls.read-timeout", () -> "3s");
        properties.add("kiosk.payments.calls.attempts", () -> "3");
        properties.add("kiosk.payments.calls.backoff", () -> "200ms");
        properties.add("kiosk.payments.calls.max-backoff", () -> "400ms");
        properties.add("kiosk.processing.max-attempts", () -> "2");
    }

    /** The order process looks the customer's figures up before it asks for the money; for a poisoned customer that fails. */
    @TestConfiguration
    static class PoisonedCustomers {

        @Bean
        @Primary
        CustomerRiskFigures figuresThatFailForPoisonedCustomers() {
            return customer -> {
                if (POISONED.contains(customer)) {
                    throw new IllegalStateException("the figures of customer " + customer + " cannot be read");
                }
                return RiskFigures.none(Instant.now());
            };
        }

        /** The gateway the provider adapter calls, with a bug for trades of 154.00 CNY (two chargers at 77.00). */
        @Bean
        static BeanPostProcessor gatewayWithABug() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof PaymentGateway gateway && name.equals("paymentGateways") ? new PaymentGateway() {
                        @Override
                        public PaymentAction open(Trade trade) {
                            if (trade.amount().equals(Money.of("154.00", "CNY"))) {
                                throw new IllegalStateException("the adapter cannot read trade " + trade.paymentId());
                            }
                            return gateway.open(trade);
                        }

                        @Override
                        public void close(PaymentId paymentId, PaymentProvider method) {
                            gateway.close(paymentId, method);
                        }

                        @Override
                        public RefundReceipt refund(ProviderRefund refund) {
                            return gateway.refund(refund);
                        }
                    } : bean;
                }
            };
        }
    }

    private PaymentEvents payments;

    @BeforeEach
    void wechatAnswers() {
        payments = new PaymentEvents(store);
        wechat.resetAll();
        wechat.stubFor(post(NATIVE).atPriority(10)
                .willReturn(PLATFORM.answer("{\"code_url\":\"weixin://wxpay/bizpayurl?pr=fast\"}")));
    }

    /** WeChat Pay answers the trades of orders of this total (two chargers) so. */
    private void forTotal(String total, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
        wechat.stubFor(post(NATIVE).atPriority(1)
                .withRequestBody(matchingJsonPath("$.amount.total", equalTo(String.valueOf(fen(total)))))
                .willReturn(answer));
    }

    private List<LoggedRequest> callsForTotal(String total) {
        return wechat.findAll(postRequestedFor(urlPathEqualTo(NATIVE))
                .withRequestBody(matchingJsonPath("$.amount.total", equalTo(String.valueOf(fen(total))))));
    }

    /** Two chargers at this price each, checked out and paid with WeChat Pay: the journey and its order. */
    private record Checkout(OrderJourney journey, String order) {

        PaymentId payment() {
            return new PaymentId(UUID.nameUUIDFromBytes(("payment:" + order).getBytes(StandardCharsets.UTF_8)));
        }
    }

    private Checkout checkOut(String chargerPrice) {
        OrderJourney journey = newJourney(chargerPrice);
        return new Checkout(journey, journey.checkOutTwoChargers("WECHAT_PAY"));
    }

    private OrderJourney newJourney(String chargerPrice) {
        return new OrderJourney(port, encoder, json, jdbc, store, Money.of(chargerPrice, "CNY"));
    }

    private static long fen(String chargerPrice) {
        return Money.of(chargerPrice, "CNY").amount().movePointRight(2).longValueExact() * 2;
    }

    /** The provider adapter's segment for the payment's events (Axon's sequencing per aggregate). */
    private static int segmentOf(PaymentId payment) {
        return payment.toString().hashCode() & (SEGMENTS - 1);
    }

    /** The order process's segment for the order: Axon starts a saga, and keeps it, in the segment of its first association. */
    private static int processSegmentOf(String order) {
        return new AssociationValue("orderId", order).hashCode() & (SEGMENTS - 1);
    }

    @Test
    void a_provider_that_is_down_is_tried_three_times_with_growing_pauses_then_the_order_is_cancelled_and_its_stock_released() {
        forTotal("123.00", aResponse().withStatus(500).withBody("{\"code\":\"SYSTEM_ERROR\",\"message\":\"系统错误\"}"));

        Checkout down = checkOut("123.00");

        assertThat(down.journey().eventsWith(down.order(), "OrderCancelled")).endsWith("OrderCancelled");
        assertThat(payments.of(down.payment(), PaymentFailed.class)).singleElement()
                .satisfies(failed -> assertThat(failed.reason()).isEqualTo("provider-unavailable"));
        List<LoggedRequest> tries = callsForTotal("123.00");
        assertThat(tries).hasSize(3);
        assertThat(Duration.between(tries.get(0).getLoggedDate().toInstant(), tries.get(1).getLoggedDate().toInstant()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(Duration.between(tries.get(1).getLoggedDate().toInstant(), tries.get(2).getLoggedDate().toInstant()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(400));
        assertThat(down.journey().eventsWith(down.journey().stockItem, "StockReleased")).endsWith("StockReserved", "StockReleased");
    }

    @Test
    void a_provider_that_does_not_answer_in_time_is_tried_again_and_then_fails_the_payment() {
        forTotal("130.00", PLATFORM.answer("{\"code_url\":\"weixin://wxpay/bizpayurl?pr=late\"}").withFixedDelay(5_000));

        Checkout silent = checkOut("130.00");

        assertThat(silent.journey().eventsWith(silent.order(), "OrderCancelled")).endsWith("OrderCancelled");
        assertThat(payments.of(silent.payment(), PaymentFailed.class)).singleElement()
                .satisfies(failed -> assertThat(failed.message()).contains("could not be reached"));
        assertThat(callsForTotal("130.00")).hasSize(3);
    }

    @Test
    void a_provider_answering_after_30_s_one_answering_500_and_one_never_answering_at_once_cancel_their_own_orders_only() {
        forTotal("131.00", PLATFORM.answer("{\"code_url\":\"weixin://wxpay/bizpayurl?pr=thirty\"}").withFixedDelay(30_000));
        forTotal("132.00", aResponse().withStatus(500).withBody("{\"code\":\"SYSTEM_ERROR\",\"message\":\"系统错误\"}"));
        forTotal("133.00", PLATFORM.answer("{\"code_url\":\"weixin://wxpay/bizpayurl?pr=never\"}").withFixedDelay(60_000));
        List<Checkout> troubled = List.of(checkOut("131.00"), checkOut("132.00"), checkOut("133.00"));

        List<Checkout> others = List.of(checkOut("199.00"), checkOut("199.00"), checkOut("199.00"));
        for (Checkout other : others) {
            assertThat(other.journey().paymentRequestedFor(other.order()).action().value())
                    .as("another customer's order is not held up").isEqualTo("weixin://wxpay/bizpayurl?pr=fast");
        }
        for (Checkout order : troubled) {
            assertThat(order.journey().eventsWith(order.order(), "OrderCancelled")).as("ends in a state").endsWith("OrderCancelled");
            assertThat(payments.of(order.payment(), PaymentFailed.class)).as("fails once").hasSize(1);
            assertThat(order.journey().eventsOf(order.payment().toString())).as("no money taken").doesNotContain("PaymentSucceeded");
            assertThat(order.journey().eventsWith(order.journey().stockItem, "StockReleased"))
                    .as("its stock given back").endsWith("StockReserved", "StockReleased");
        }
        for (String total : List.of("131.00", "132.00", "133.00")) {
            assertThat(callsForTotal(total)).as("asked three times, then given up").hasSize(3);
        }
    }

    @Test
    void a_provider_that_refuses_the_trade_is_not_asked_again() {
        forTotal("140.00", aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"PARAM_ERROR\",\"message\":\"参数错误\"}"));

        Checkout refused = checkOut("140.00");

        assertThat(refused.journey().eventsWith(refused.order(), "OrderCancelled")).endsWith("OrderCancelled");
        assertThat(payments.of(refused.payment(), PaymentFailed.class)).singleElement()
                .satisfies(failed -> assertThat(failed.reason()).isEqualTo("provider-refused"));
        assertThat(callsForTotal("140.00")).hasSize(1);
    }

    @Test
    void a_provider_slow_for_one_order_holds_up_neither_another_checkout_nor_another_payment() {
        forTotal("111.00", PLATFORM.answer("{\"code_url\":\"weixin://wxpay/bizpayurl?pr=slow\"}").withFixedDelay(2_500));
        Checkout slow = checkOut("111.00");
        eventually(() -> callsForTotal("111.00"), calls -> !calls.isEmpty());

        Checkout other = checkOut("199.00");
        while (segmentOf(other.payment()) == segmentOf(slow.payment())) {
            other = checkOut("199.00");
        }
        PaymentRequested otherAction = other.journey().paymentRequestedFor(other.order());

        assertThat(otherAction.action().value()).isEqualTo("weixin://wxpay/bizpayurl?pr=fast");
        assertThat(payments.of(slow.payment(), PaymentRequested.class))
                .as("the slow trade is still being opened: its payment is pending, the other one was not held up")
                .isEmpty();
        assertThat(slow.journey().eventsOf(slow.order())).containsExactly("OrderPlaced", "OrderAwaitingPayment");
        assertThat(slow.journey().paymentRequestedFor(slow.order()).action().value()).isEqualTo("weixin://wxpay/bizpayurl?pr=slow");
    }

    @Test
    void an_order_the_process_keeps_failing_on_is_given_up_visibly_and_the_next_order_goes_on() {
        OrderJourney poisoned = newJourney("199.00");
        POISONED.add(poisoned.customerId);
        String poison = poisoned.checkOutTwoChargers("WECHAT_PAY");

        // an order of the poisoned order's own segment waits until the process gives the poisoned one up (by design)
        Checkout next = checkOut("199.00");
        while (processSegmentOf(next.order()) == processSegmentOf(poison)) {
            next = checkOut("199.00");
        }

        assertThat(next.journey().paymentRequestedFor(next.order()).action().value()).isEqualTo("weixin://wxpay/bizpayurl?pr=fast");
        // each failed try releases the segment and the processor claims it again after its back-off: on a loaded
        // machine two tries took longer than the usual 20 s
        JsonNode stalled = eventually(() -> stalledEventOf(poisoned, poison),
                event -> event != null && !event.path("givenUpAt").isMissingNode() && !event.path("givenUpAt").isNull(),
                Duration.ofSeconds(90));
        assertThat(stalled).as("the back office sees the order the process gave up").isNotNull();
        assertThat(stalled.path("processingGroup").asText()).isEqualTo("order-process");
        assertThat(stalled.path("payloadType").asText()).isEqualTo("io.kiosk.api.order.OrderPlaced");
        assertThat(stalled.path("attempts").asInt()).isEqualTo(2);
        assertThat(stalled.path("cause").asText()).contains("cannot be read");
        assertThat(poisoned.eventsOf(poison)).as("nothing of the failed tries was kept").containsExactly("OrderPlaced");
        assertThat(poisoned.eventsOf(poisoned.stockItem)).doesNotContain("StockReserved");
    }

    @Test
    void a_payment_the_adapter_cannot_handle_is_parked_visibly_and_other_payments_go_on() {
        Checkout parked = checkOut("77.00");
        JsonNode letter = eventually(() -> parkedEventOf(parked.journey(), parked.payment()), found -> found != null);

        assertThat(letter).as("the back office sees the payment the adapter parked").isNotNull();
        assertThat(letter.path("processingGroup").asText()).isEqualTo("payment-provider");
        assertThat(letter.path("payloadType").asText()).isEqualTo("io.kiosk.api.payment.TradeOpeningRequested");
        assertThat(letter.path("cause").asText()).contains("cannot read trade");
        Checkout next = checkOut("199.00");
        assertThat(next.journey().paymentRequestedFor(next.order()).action().value()).isEqualTo("weixin://wxpay/bizpayurl?pr=fast");
        assertThat(payments.of(parked.payment())).as("the parked payment waits, pending, for the back office")
                .singleElement().isInstanceOf(TradeOpeningRequested.class);
    }

    private static JsonNode parkedEventOf(OrderJourney journey, PaymentId payment) {
        JsonNode failures = journey.backOffice.send(GET, "/api/process-failures", null).body();
        for (JsonNode event : failures.path("parked")) {
            if (payment.toString().equals(event.path("aggregateId").asText())) {
                return event;
            }
        }
        return null;
    }

    private static JsonNode stalledEventOf(OrderJourney journey, String order) {
        JsonNode failures = journey.backOffice.send(GET, "/api/process-failures", null).body();
        for (JsonNode event : failures.path("stalled")) {
            if (order.equals(event.path("aggregateId").asText())) {
                return event;
            }
        }
        return null;
    }

    @Test
    void an_order_that_costs_nothing_is_paid_without_a_payment_and_the_next_order_still_pays() {
        Checkout free = checkOut("0.00");

        assertThat(free.journey().eventsWith(free.order(), "OrderPaid")).containsExactly("OrderPlaced", "OrderPaid");
        assertThat(free.journey().eventsWith(free.journey().stockItem, "StockCommitted")).endsWith("StockReserved", "StockCommitted");
        assertThat(free.journey().eventsOf(free.payment().toString())).as("no payment was opened").isEmpty();

        Checkout next = checkOut("199.00");
        assertThat(next.journey().paymentRequestedFor(next.order()).action().value()).isEqualTo("weixin://wxpay/bizpayurl?pr=fast");
    }
}
