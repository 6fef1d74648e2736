package io.kiosk.command.payment;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.payment.CancelPayment;
import io.kiosk.api.payment.PaymentAction;
import io.kiosk.api.payment.PaymentCancelled;
import io.kiosk.api.payment.PaymentFailed;
import io.kiosk.api.payment.PaymentFlagged;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.api.payment.PaymentSucceeded;
import io.kiosk.api.payment.ProviderNotificationRecorded;
import io.kiosk.api.payment.ProviderOutcome;
import io.kiosk.api.payment.RecordProviderNotification;
import io.kiosk.api.payment.RecordTradeClosed;
import io.kiosk.api.payment.RecordTradeNotClosed;
import io.kiosk.api.payment.RecordTradeOpened;
import io.kiosk.api.payment.RecordTradeRefused;
import io.kiosk.api.payment.RequestPayment;
import io.kiosk.api.payment.RiskFigures;
import io.kiosk.api.payment.TradeClosed;
import io.kiosk.api.payment.TradeClosingFailed;
import io.kiosk.api.payment.TradeClosingRequested;
import io.kiosk.api.payment.TradeOpeningRequested;
import io.kiosk.api.pricing.Money;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.kiosk.command.Refusals.refusal;
import static io.kiosk.command.RuleViolation.Kind.UNPROCESSABLE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mia pays 88.00 CNY for her order with Alipay: what the payment decides and records, and what it makes of the
 * provider's answers (reported by the adapter) and notifications. The payment itself never calls a provider.
 */
class PaymentTest {

    private static final PaymentId PAYMENT = PaymentId.random();
    private static final OrderId ORDER = OrderId.random();
    private static final CustomerId MIA = CustomerId.random();
    private static final Money AMOUNT = Money.of("88.00", "CNY");
    private static final Instant PAID_AT = Instant.parse("2026-11-25T10:15:30Z");
    private static final PaymentAction CASHIER = new PaymentAction(PaymentAction.Kind.REDIRECT, "https://openapi.alipay.com/gateway.do?x=1");

    private FixtureConfiguration<Payment> fixture;
    private final StubRiskCheck risk = new StubRiskCheck();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Payment.class);
        fixture.registerInjectableResource(risk);
    }

    private static final TradeOpeningRequested OPENING =
            new TradeOpeningRequested(PAYMENT, ORDER, MIA, PaymentProvider.ALIPAY, AMOUNT, "Kiosk order");
    private static final PaymentRequested REQUESTED =
            new PaymentRequested(PAYMENT, ORDER, MIA, PaymentProvider.ALIPAY, AMOUNT, CASHIER);
    /** A payment stored before trades were opened by the adapter began with the open trade. */
    private static final Object[] OPEN = {OPENING, REQUESTED};

    private static RequestPayment request(PaymentProvider method, Money amount) {
        return new RequestPayment(PAYMENT, ORDER, MIA, method, amount, "Kiosk order", "SH", null, RiskFigures.none(PAID_AT));
    }

    private static RecordProviderNotification notice(String id, ProviderOutcome outcome, Money amount) {
        return new RecordProviderNotification(PAYMENT, id, outcome, amount, "2026112522001", PAID_AT);
    }

    private static ProviderNotificationRecorded recorded(String id, ProviderOutcome outcome, Money amount) {
        return new ProviderNotificationRecorded(PAYMENT, id, outcome, amount, "2026112522001", PAID_AT);
    }

    private static PaymentSucceeded succeeded() {
        return new PaymentSucceeded(PAYMENT, ORDER, PaymentProvider.ALIPAY, AMOUNT, "2026112522001", PAID_AT);
    }

    @Test
    void a_requested_payment_asks_its_provider_for_a_trade_and_does_nothing_else() {
        fixture.givenNoPriorActivity()
                .when(request(PaymentProvider.ALIPAY, AMOUNT))
                .expectEvents(OPENING);

        assertThat(risk.asked).hasSize(1);
    }

    @Test
    void the_open_trade_gives_the_customer_what_the_provider_said_to_do() {
        fixture.given(OPENING)
                .when(new RecordTradeOpened(PAYMENT, CASHIER))
                .expectEvents(REQUESTED);
    }

    @Test
    void a_provider_that_refuses_the_trade_or_stays_down_fails_the_payment() {
        fixture.given(OPENING)
                .when(new RecordTradeRefused(PAYMENT, "provider-unavailable", "Alipay did not answer in 3 tries"))
                .expectEvents(new PaymentFailed(PAYMENT, ORDER, "provider-unavailable", "Alipay did not answer in 3 tries"));
    }

    @Test
    void a_payment_that_cannot_be_collected_fails_as_it_is_created_and_asks_no_provider() {
        fixture.givenNoPriorActivity()
                .when(request(PaymentProvider.ALIPAY, Money.of("0.00", "CNY")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PaymentFailed(PAYMENT, ORDER, "invalid-amount", "a payment collects an amount above zero"));
        fixture.givenNoPriorActivity()
                .when(request(null, AMOUNT))
                .expectEvents(new PaymentFailed(PAYMENT, ORDER, "invalid-payment", "a payment names its method"));

        assertThat(risk.asked).isEmpty();
    }

    @Test
    void an_answer_that_comes_after_the_payment_moved_on_changes_nothing() {
        fixture.given(OPENING, new PaymentCancelled(PAYMENT, ORDER, "order-expired"),
                        new TradeClosingRequested(PAYMENT, ORDER, PaymentProvider.ALIPAY))
                .when(new RecordTradeOpened(PAYMENT, CASHIER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(OPEN)
                .when(new RecordTradeRefused(PAYMENT, "provider-refused", "too late"))
                .expectNoEvents();
    }

    @Test
    void the_customer_may_pay_the_moment_the_trade_opens_before_kiosk_heard_it_opened() {
        fixture.given(OPENING)
                .when(notice("n-1", ProviderOutcome.SUCCEEDED, AMOUNT))
                .expectEvents(recorded("n-1", ProviderOutcome.SUCCEEDED, AMOUNT), succeeded());
    }

    @Test
    void success_with_exactly_the_amount_asked_for_succeeds_the_payment() {
        fixture.given(OPEN)
                .when(notice("n-1", ProviderOutcome.SUCCEEDED, AMOUNT))
                .expectEvents(recorded("n-1", ProviderOutcome.SUCCEEDED, AMOUNT), succeeded());
    }

    @Test
    void a_notification_repeated_by_the_provider_is_applied_once() {
        fixture.given(OPENING, REQUESTED, recorded("n-1", ProviderOutcome.SUCCEEDED, AMOUNT), succeeded())
                .when(notice("n-1", ProviderOutcome.SUCCEEDED, AMOUNT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void success_with_another_amount_is_flagged_and_not_accepted() {
        fixture.given(OPEN)
                .when(notice("n-1", ProviderOutcome.SUCCEEDED, Money.of("0.88", "CNY")))
                .expectEvents(recorded("n-1", ProviderOutcome.SUCCEEDED, Money.of("0.88", "CNY")),
                        new PaymentFlagged(PAYMENT, ORDER, "n-1", "amount-mismatch"));
    }

    @Test
    void success_in_another_currency_is_flagged_and_not_accepted() {
        fixture.given(OPEN)
                .when(notice("n-1", ProviderOutcome.SUCCEEDED, Money.of("88.00", "USD")))
                .expectEvents(recorded("n-1", ProviderOutcome.SUCCEEDED, Money.of("88.00", "USD")),
                        new PaymentFlagged(PAYMENT, ORDER, "n-1", "currency-mismatch"));
    }

    @Test
    void a_flagged_payment_can_still_succeed_with_the_right_amount() {
        fixture.given(OPENING, REQUESTED, recorded("n-1", ProviderOutcome.SUCCEEDED, Money.of("0.88", "CNY")),
                        new PaymentFlagged(PAYMENT, ORDER, "n-1", "amount-mismatch"))
                .when(notice("n-2", ProviderOutcome.SUCCEEDED, AMOUNT))
                .expectEvents(recorded("n-2", ProviderOutcome.SUCCEEDED, AMOUNT), succeeded());
    }

    @Test
    void a_declined_payment_fails() {
        fixture.given(OPEN)
                .when(notice("n-1", ProviderOutcome.FAILED, null))
                .expectEvents(recorded("n-1", ProviderOutcome.FAILED, null),
                        new PaymentFailed(PAYMENT, ORDER, "declined", "the provider declined the payment"));
    }

    @Test
    void a_trade_closed_unpaid_fails_the_payment() {
        fixture.given(OPEN)
                .when(notice("n-1", ProviderOutcome.CLOSED, AMOUNT))
                .expectEvents(recorded("n-1", ProviderOutcome.CLOSED, AMOUNT),
                        new PaymentFailed(PAYMENT, ORDER, "trade-closed", "the trade closed unpaid at the provider"));
    }

    @Test
    void a_late_closing_notice_does_not_undo_a_success() {
        fixture.given(OPENING, REQUESTED, recorded("n-1", ProviderOutcome.SUCCEEDED, AMOUNT), succeeded())
                .when(notice("n-2", ProviderOutcome.CLOSED, AMOUNT))
                .expectEvents(recorded("n-2", ProviderOutcome.CLOSED, AMOUNT));
    }

    @Test
    void a_second_failure_does_not_fail_the_payment_twice() {
        fixture.given(OPENING, REQUESTED, recorded("n-1", ProviderOutcome.FAILED, null),
                        new PaymentFailed(PAYMENT, ORDER, "declined", "the provider declined the payment"))
                .when(notice("n-2", ProviderOutcome.CLOSED, null))
                .expectEvents(recorded("n-2", ProviderOutcome.CLOSED, null));
    }

    @Test
    void a_repeated_success_of_the_same_trade_changes_nothing() {
        fixture.given(OPENING, REQUESTED, recorded("n-1", ProviderOutcome.SUCCEEDED, AMOUNT), succeeded())
                .when(notice("n-2", ProviderOutcome.SUCCEEDED, AMOUNT))
                .expectEvents(recorded("n-2", ProviderOutcome.SUCCEEDED, AMOUNT));
    }

    @Test
    void a_success_of_another_trade_after_success_is_flagged_as_a_double_charge() {
        fixture.given(OPENING, REQUESTED, recorded("n-1", ProviderOutcome.SUCCEEDED, AMOUNT), succeeded())
                .when(new RecordProviderNotification(PAYMENT, "n-2", ProviderOutcome.SUCCEEDED, AMOUNT, "another-trade", PAID_AT))
                .expectEvents(new ProviderNotificationRecorded(PAYMENT, "n-2", ProviderOutcome.SUCCEEDED, AMOUNT, "another-trade", PAID_AT),
                        new PaymentFlagged(PAYMENT, ORDER, "n-2", "succeeded-twice"));
    }

    @Test
    void success_after_a_failure_is_flagged_and_the_payment_stays_failed() {
        fixture.given(OPENING, REQUESTED, new PaymentFailed(PAYMENT, ORDER, "declined", "the provider declined the payment"))
                .when(notice("n-2", ProviderOutcome.SUCCEEDED, AMOUNT))
                .expectEvents(recorded("n-2", ProviderOutcome.SUCCEEDED, AMOUNT),
                        new PaymentFlagged(PAYMENT, ORDER, "n-2", "succeeded-after-failure"));
    }

    @Test
    void cancelling_before_success_cancels_and_asks_the_provider_to_close_the_trade() {
        fixture.given(OPEN)
                .when(new CancelPayment(PAYMENT, "order-expired"))
                .expectEvents(new PaymentCancelled(PAYMENT, ORDER, "order-expired"),
                        new TradeClosingRequested(PAYMENT, ORDER, PaymentProvider.ALIPAY));
        fixture.given(OPENING)
                .when(new CancelPayment(PAYMENT, "order-cancelled"))
                .expectEvents(new PaymentCancelled(PAYMENT, ORDER, "order-cancelled"),
                        new TradeClosingRequested(PAYMENT, ORDER, PaymentProvider.ALIPAY));
    }

    @Test
    void the_providers_word_on_closing_the_trade_is_recorded_once() {
        Object[] closing = {OPENING, REQUESTED, new PaymentCancelled(PAYMENT, ORDER, "order-expired"),
                new TradeClosingRequested(PAYMENT, ORDER, PaymentProvider.ALIPAY)};
        fixture.given(closing)
                .when(new RecordTradeClosed(PAYMENT))
                .expectEvents(new TradeClosed(PAYMENT, ORDER));
        fixture.given(closing)
                .when(new RecordTradeNotClosed(PAYMENT, "provider-unavailable", "no answer"))
                .expectEvents(new TradeClosingFailed(PAYMENT, ORDER, "provider-unavailable", "no answer"));
        fixture.given(closing).andGiven(new TradeClosed(PAYMENT, ORDER))
                .when(new RecordTradeClosed(PAYMENT))
                .expectNoEvents();
    }

    @Test
    void success_after_cancellation_is_flagged_and_not_accepted() {
        fixture.given(OPENING, REQUESTED, new PaymentCancelled(PAYMENT, ORDER, "order-expired"))
                .when(notice("n-1", ProviderOutcome.SUCCEEDED, AMOUNT))
                .expectEvents(recorded("n-1", ProviderOutcome.SUCCEEDED, AMOUNT),
                        new PaymentFlagged(PAYMENT, ORDER, "n-1", "succeeded-after-cancellation"));
    }

    @Test
    void a_succeeded_payment_stays_succeeded_when_its_order_is_closed() {
        fixture.given(OPENING, REQUESTED, recorded("n-1", ProviderOutcome.SUCCEEDED, AMOUNT), succeeded())
                .when(new CancelPayment(PAYMENT, "order-expired"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cancelling_twice_cancels_once() {
        fixture.given(OPENING, REQUESTED, new PaymentCancelled(PAYMENT, ORDER, "order-expired"))
                .when(new CancelPayment(PAYMENT, "order-expired"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cancelling_a_failed_payment_changes_nothing() {
        fixture.given(OPENING, REQUESTED, new PaymentFailed(PAYMENT, ORDER, "declined", "the provider declined the payment"))
                .when(new CancelPayment(PAYMENT, "order-expired"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_success_that_does_not_say_how_much_is_refused() {
        fixture.given(OPEN)
                .when(notice("n-1", ProviderOutcome.SUCCEEDED, null))
                .expectException(refusal(UNPROCESSABLE, "invalid-notification"))
                .expectNoEvents();
    }
}
