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
import io.kiosk.api.payment.RequestPayment;
import io.kiosk.api.pricing.Money;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.kiosk.command.Refusals.refusal;
import static io.kiosk.command.RuleViolation.Kind.CONFLICT;
import static io.kiosk.command.RuleViolation.Kind.UNPROCESSABLE;
import static org.assertj.core.api.Assertions.assertThat;

/** Mia pays 88.00 CNY for her order with Alipay: what the payment makes of the provider's answers and notifications. */
class PaymentTest {

    private static final PaymentId PAYMENT = PaymentId.random();
    private static final OrderId ORDER = OrderId.random();
    private static final CustomerId MIA = CustomerId.random();
    private static final Money AMOUNT = Money.of("88.00", "CNY");
    private static final Instant PAID_AT = Instant.parse("2026-11-25T10:15:30Z");
    private static final PaymentAction CASHIER = new PaymentAction(PaymentAction.Kind.REDIRECT, "https://openapi.alipay.com/gateway.do?x=1");

    private FixtureConfiguration<Payment> fixture;
    private StubGateway gateway;
    private final StubRiskCheck risk = new StubRiskCheck();

    @BeforeEach
    void setUp() {
        gateway = new StubGateway();
        fixture = new AggregateTestFixture<>(Payment.class);
        fixture.registerInjectableResource(gateway);
        fixture.registerInjectableResource(risk);
    }

    private static final PaymentRequested REQUESTED =
            new PaymentRequested(PAYMENT, ORDER, MIA, PaymentProvider.ALIPAY, AMOUNT, CASHIER);

    private static RequestPayment request(Money amount) {
        return new RequestPayment(PAYMENT, ORDER, MIA, PaymentProvider.ALIPAY, amount, "Kiosk order");
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
    void a_requested_payment_records_what_the_provider_tells_the_customer_to_do() {
        gateway.answer = CASHIER;

        fixture.givenNoPriorActivity()
                .when(request(AMOUNT))
                .expectEvents(REQUESTED);

        assertThat(gateway.opened).containsExactly(new Trade(PAYMENT, PaymentProvider.ALIPAY, AMOUNT, "Kiosk order"));
    }

    @Test
    void a_provider_that_refuses_the_trade_fails_the_payment_at_once() {
        gateway.refusal = new ProviderRefusal("provider-unavailable", "Alipay did not answer in 10 s");

        fixture.givenNoPriorActivity()
                .when(request(AMOUNT))
                .expectEvents(new PaymentFailed(PAYMENT, ORDER, "provider-unavailable", "Alipay did not answer in 10 s"));
    }

    @Test
    void a_payment_of_nothing_is_never_asked_of_a_provider() {
        fixture.givenNoPriorActivity()
                .when(request(Money.of("0.00", "CNY")))
                .expectException(refusal(UNPROCESSABLE, "invalid-amount"))
                .expectNoEvents();

        assertThat(gateway.opened).isEmpty();
    }

    @Test
    void success_with_exactly_the_amount_asked_for_succeeds_the_payment() {
        fixture.given(REQUESTED)
                .when(notice("n-1", ProviderOutcome.SUCCEEDED, AMOUNT))
                .expectEvents(recorded("n-1", ProviderOutcome.SUCCEEDED, AMOUNT), succeeded());
    }

    @Test
    void a_notification_repeated_by_the_provider_is_applied_once() {
        fixture.given(REQUESTED, recorded("n-1", ProviderOutcome.SUCCEEDED, AMOUNT), succeeded())
                .when(notice("n-1", ProviderOutcome.SUCCEEDED, AMOUNT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void success_with_another_amount_is_flagged_and_not_accepted() {
        fixture.given(REQUESTED)
                .when(notice("n-1", ProviderOutcome.SUCCEEDED, Money.of("0.88", "CNY")))
                .expectEvents(recorded("n-1", ProviderOutcome.SUCCEEDED, Money.of("0.88", "CNY")),
                        new PaymentFlagged(PAYMENT, ORDER, "n-1", "amount-mismatch"));
    }

    @Test
    void success_in_another_currency_is_flagged_and_not_accepted() {
        fixture.given(REQUESTED)
                .when(notice("n-1", ProviderOutcome.SUCCEEDED, Money.of("88.00", "USD")))
                .expectEvents(recorded("n-1", ProviderOutcome.SUCCEEDED, Money.of("88.00", "USD")),
                        new PaymentFlagged(PAYMENT, ORDER, "n-1", "currency-mismatch"));
    }

    @Test
    void a_flagged_payment_can_still_succeed_with_the_right_amount() {
        fixture.given(REQUESTED, recorded("n-1", ProviderOutcome.SUCCEEDED, Money.of("0.88", "CNY")),
                        new PaymentFlagged(PAYMENT, ORDER, "n-1", "amount-mismatch"))
                .when(notice("n-2", ProviderOutcome.SUCCEEDED, AMOUNT))
                .expectEvents(recorded("n-2", ProviderOutcome.SUCCEEDED, AMOUNT), succeeded());
    }

    @Test
    void a_declined_payment_fails() {
        fixture.given(REQUESTED)
                .when(notice("n-1", ProviderOutcome.FAILED, null))
                .expectEvents(recorded("n-1", ProviderOutcome.FAILED, null),
                        new PaymentFailed(PAYMENT, ORDER, "declined", "the provider declined the payment"));
    }

    @Test
    void a_trade_closed_unpaid_fails_the_payment() {
        fixture.given(REQUESTED)
                .when(notice("n-1", ProviderOutcome.CLOSED, AMOUNT))
                .expectEvents(recorded("n-1", ProviderOutcome.CLOSED, AMOUNT),
                        new PaymentFailed(PAYMENT, ORDER, "trade-closed", "the trade closed unpaid at the provider"));
    }

    @Test
    void a_late_closing_notice_does_not_undo_a_success() {
        fixture.given(REQUESTED, recorded("n-1", ProviderOutcome.SUCCEEDED, AMOUNT), succeeded())
                .when(notice("n-2", ProviderOutcome.CLOSED, AMOUNT))
                .expectEvents(recorded("n-2", ProviderOutcome.CLOSED, AMOUNT));
    }

    @Test
    void a_second_failure_does_not_fail_the_payment_twice() {
        fixture.given(REQUESTED, recorded("n-1", ProviderOutcome.FAILED, null),
                        new PaymentFailed(PAYMENT, ORDER, "declined", "the provider declined the payment"))
                .when(notice("n-2", ProviderOutcome.CLOSED, null))
                .expectEvents(recorded("n-2", ProviderOutcome.CLOSED, null));
    }

    @Test
    void a_repeated_success_of_the_same_trade_changes_nothing() {
        fixture.given(REQUESTED, recorded("n-1", ProviderOutcome.SUCCEEDED, AMOUNT), succeeded())
                .when(notice("n-2", ProviderOutcome.SUCCEEDED, AMOUNT))
                .expectEvents(recorded("n-2", ProviderOutcome.SUCCEEDED, AMOUNT));
    }

    @Test
    void a_success_of_another_trade_after_success_is_flagged_as_a_double_charge() {
        fixture.given(REQUESTED, recorded("n-1", ProviderOutcome.SUCCEEDED, AMOUNT), succeeded())
                .when(new RecordProviderNotification(PAYMENT, "n-2", ProviderOutcome.SUCCEEDED, AMOUNT, "another-trade", PAID_AT))
                .expectEvents(new ProviderNotificationRecorded(PAYMENT, "n-2", ProviderOutcome.SUCCEEDED, AMOUNT, "another-trade", PAID_AT),
                        new PaymentFlagged(PAYMENT, ORDER, "n-2", "succeeded-twice"));
    }

    @Test
    void success_after_a_failure_is_flagged_and_the_payment_stays_failed() {
        fixture.given(REQUESTED, new PaymentFailed(PAYMENT, ORDER, "declined", "the provider declined the payment"))
                .when(notice("n-2", ProviderOutcome.SUCCEEDED, AMOUNT))
                .expectEvents(recorded("n-2", ProviderOutcome.SUCCEEDED, AMOUNT),
                        new PaymentFlagged(PAYMENT, ORDER, "n-2", "succeeded-after-failure"));
    }

    @Test
    void cancelling_before_success_cancels_and_closes_the_trade_at_the_provider() {
        fixture.given(REQUESTED)
                .when(new CancelPayment(PAYMENT, "order-expired"))
                .expectEvents(new PaymentCancelled(PAYMENT, ORDER, "order-expired"));

        assertThat(gateway.closed).containsExactly(PAYMENT);
    }

    @Test
    void a_trade_the_provider_cannot_close_is_cancelled_all_the_same() {
        gateway.refusal = new ProviderRefusal("provider-unavailable", "no answer");

        fixture.given(REQUESTED)
                .when(new CancelPayment(PAYMENT, "order-expired"))
                .expectEvents(new PaymentCancelled(PAYMENT, ORDER, "order-expired"));
    }

    @Test
    void success_after_cancellation_is_flagged_and_not_accepted() {
        fixture.given(REQUESTED, new PaymentCancelled(PAYMENT, ORDER, "order-expired"))
                .when(notice("n-1", ProviderOutcome.SUCCEEDED, AMOUNT))
                .expectEvents(recorded("n-1", ProviderOutcome.SUCCEEDED, AMOUNT),
                        new PaymentFlagged(PAYMENT, ORDER, "n-1", "succeeded-after-cancellation"));
    }

    @Test
    void a_succeeded_payment_cannot_be_cancelled() {
        fixture.given(REQUESTED, recorded("n-1", ProviderOutcome.SUCCEEDED, AMOUNT), succeeded())
                .when(new CancelPayment(PAYMENT, "order-expired"))
                .expectException(refusal(CONFLICT, "payment-succeeded"))
                .expectNoEvents();
    }

    @Test
    void cancelling_twice_cancels_once() {
        fixture.given(REQUESTED, new PaymentCancelled(PAYMENT, ORDER, "order-expired"))
                .when(new CancelPayment(PAYMENT, "order-expired"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();

        assertThat(gateway.closed).isEmpty();
    }

    @Test
    void cancelling_a_failed_payment_changes_nothing() {
        fixture.given(REQUESTED, new PaymentFailed(PAYMENT, ORDER, "declined", "the provider declined the payment"))
                .when(new CancelPayment(PAYMENT, "order-expired"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_success_that_does_not_say_how_much_is_refused() {
        fixture.given(REQUESTED)
                .when(notice("n-1", ProviderOutcome.SUCCEEDED, null))
                .expectException(refusal(UNPROCESSABLE, "invalid-notification"))
                .expectNoEvents();
    }

    /** The provider as the payment sees it: answers with {@link #answer} or refuses with {@link #refusal}. */
}
