package io.kiosk.command.payment;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.payment.ApproveHeldPayment;
import io.kiosk.api.payment.CancelPayment;
import io.kiosk.api.payment.PaymentAction;
import io.kiosk.api.payment.PaymentCancelled;
import io.kiosk.api.payment.PaymentFailed;
import io.kiosk.api.payment.PaymentFlagged;
import io.kiosk.api.payment.PaymentHeldForReview;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.api.payment.ProviderNotificationRecorded;
import io.kiosk.api.payment.ProviderOutcome;
import io.kiosk.api.payment.RecordProviderNotification;
import io.kiosk.api.payment.RejectHeldPayment;
import io.kiosk.api.payment.RecordTradeOpened;
import io.kiosk.api.payment.RecordTradeRefused;
import io.kiosk.api.payment.RequestPayment;
import io.kiosk.api.payment.RiskFigures;
import io.kiosk.api.payment.TradeOpeningRequested;
import io.kiosk.api.pricing.Money;
import io.kiosk.command.risk.RiskVerdict;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.kiosk.command.Refusals.refusal;
import static io.kiosk.command.RuleViolation.Kind.CONFLICT;
import static org.assertj.core.api.Assertions.assertThat;

/** Mia pays 25 000.00 CNY with Alipay, and the risk check has a say before Alipay does. */
class HeldPaymentTest {

    private static final PaymentId PAYMENT = PaymentId.random();
    private static final OrderId ORDER = OrderId.random();
    private static final CustomerId MIA = CustomerId.random();
    private static final Money AMOUNT = Money.of("25000.00", "CNY");
    private static final PaymentAction CASHIER = new PaymentAction(PaymentAction.Kind.REDIRECT, "https://openapi.alipay.com/gateway.do?x=1");
    private static final RequestPayment REQUEST = new RequestPayment(PAYMENT, ORDER, MIA, PaymentProvider.ALIPAY, AMOUNT,
            "Kiosk order", "SH", null, RiskFigures.none(Instant.parse("2026-11-25T10:00:00Z")));
    private static final TradeOpeningRequested OPENING = new TradeOpeningRequested(PAYMENT, ORDER, MIA, PaymentProvider.ALIPAY,
            AMOUNT, "Kiosk order");
    private static final PaymentHeldForReview HELD = new PaymentHeldForReview(PAYMENT, ORDER, MIA, PaymentProvider.ALIPAY, AMOUNT,
            "Kiosk order", List.of("amount-above-threshold"));

    private FixtureConfiguration<Payment> fixture;
    private final StubRiskCheck risk = new StubRiskCheck();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Payment.class);
        fixture.registerInjectableResource(risk);
    }

    @Test
    void the_risk_check_is_asked_before_the_provider() {
        fixture.givenNoPriorActivity()
                .when(REQUEST)
                .expectEvents(OPENING);

        assertThat(risk.asked).containsExactly(REQUEST);
    }

    @Test
    void a_declined_payment_fails_at_once_and_never_reaches_the_provider() {
        risk.verdict = new RiskVerdict(RiskVerdict.Decision.DECLINE, List.of("too-many-failures"));

        fixture.givenNoPriorActivity()
                .when(REQUEST)
                .expectEvents(new PaymentFailed(PAYMENT, ORDER, "risk-declined", "declined by the risk check: too-many-failures"));
    }

    @Test
    void a_held_payment_waits_for_review_with_the_rules_that_held_it_and_nothing_at_the_provider() {
        risk.verdict = new RiskVerdict(RiskVerdict.Decision.HOLD, List.of("amount-above-threshold"));

        fixture.givenNoPriorActivity()
                .when(REQUEST)
                .expectEvents(HELD);
    }

    @Test
    void an_approved_payment_asks_for_its_trade_as_if_it_had_never_been_held() {
        fixture.given(HELD)
                .when(new ApproveHeldPayment(PAYMENT))
                .expectEvents(OPENING);
        fixture.given(HELD, OPENING)
                .when(new RecordTradeOpened(PAYMENT, CASHIER))
                .expectEvents(new PaymentRequested(PAYMENT, ORDER, MIA, PaymentProvider.ALIPAY, AMOUNT, CASHIER));
    }

    @Test
    void an_approved_payment_the_provider_refuses_fails_like_any_other() {
        fixture.given(HELD, OPENING)
                .when(new RecordTradeRefused(PAYMENT, "provider-unavailable", "Alipay did not answer in 3 tries"))
                .expectEvents(new PaymentFailed(PAYMENT, ORDER, "provider-unavailable", "Alipay did not answer in 3 tries"));
    }

    @Test
    void a_rejected_payment_fails_as_risk_rejected_with_the_back_offices_reason() {
        fixture.given(HELD)
                .when(new RejectHeldPayment(PAYMENT, "the customer could not confirm the order"))
                .expectEvents(new PaymentFailed(PAYMENT, ORDER, "risk-rejected", "the customer could not confirm the order"));
    }

    @Test
    void only_a_held_payment_can_be_approved_or_rejected() {
        fixture.given(HELD, OPENING)
                .when(new ApproveHeldPayment(PAYMENT))
                .expectException(refusal(CONFLICT, "payment-not-held"));
        fixture.given(HELD, new PaymentFailed(PAYMENT, ORDER, "risk-rejected", "no"))
                .when(new RejectHeldPayment(PAYMENT, "again"))
                .expectException(refusal(CONFLICT, "payment-not-held"));
    }

    @Test
    void a_notification_about_a_held_payment_is_flagged_and_not_applied() {
        Instant at = Instant.parse("2026-11-25T10:15:30Z");

        fixture.given(HELD)
                .when(new RecordProviderNotification(PAYMENT, "n-1", ProviderOutcome.SUCCEEDED, AMOUNT, "2026112522001", at))
                .expectEvents(new ProviderNotificationRecorded(PAYMENT, "n-1", ProviderOutcome.SUCCEEDED, AMOUNT, "2026112522001", at),
                        new PaymentFlagged(PAYMENT, ORDER, "n-1", "notified-while-held"));
    }

    @Test
    void a_held_payment_is_cancelled_without_asking_the_provider_to_close_anything() {
        fixture.given(HELD)
                .when(new CancelPayment(PAYMENT, "order-expired"))
                .expectEvents(new PaymentCancelled(PAYMENT, ORDER, "order-expired"));
    }
}
