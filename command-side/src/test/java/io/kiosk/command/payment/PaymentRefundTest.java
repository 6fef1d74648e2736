package io.kiosk.command.payment;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.payment.PaymentAction;
import io.kiosk.api.payment.PaymentFlagged;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.payment.PaymentRefundAccepted;
import io.kiosk.api.payment.PaymentRefundFailed;
import io.kiosk.api.payment.PaymentRefunded;
import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.api.payment.PaymentSucceeded;
import io.kiosk.api.payment.ProviderOutcome;
import io.kiosk.api.payment.RecordRefundNotification;
import io.kiosk.api.payment.PaymentRefundRefused;
import io.kiosk.api.payment.PaymentRefundRequested;
import io.kiosk.api.payment.RecordRefundAccepted;
import io.kiosk.api.payment.RecordRefundFailed;
import io.kiosk.api.payment.RecordRefundPaid;
import io.kiosk.api.payment.RefundPayment;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.kiosk.command.Refusals.refusal;
import static io.kiosk.command.RuleViolation.Kind.CONFLICT;

/** Mia paid 398.00 CNY with WeChat Pay; refunds of it go back through the same payment and its provider. */
class PaymentRefundTest {

    private static final PaymentId PAYMENT = PaymentId.random();
    private static final OrderId ORDER = OrderId.random();
    private static final Money PAID = Money.of("398.00", "CNY");
    private static final Money ONE_CHARGER = Money.of("199.00", "CNY");
    private static final RefundId FIRST = RefundId.random();
    private static final RefundId SECOND = RefundId.random();
    private static final Instant AT = Instant.parse("2026-11-25T10:15:30Z");

    private FixtureConfiguration<Payment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Payment.class);
        fixture.registerInjectableResource(new StubRiskCheck());
    }

    private static PaymentRefundRequested asked(RefundId refund, Money amount) {
        return new PaymentRefundRequested(PAYMENT, ORDER, refund, amount, PaymentProvider.WECHAT_PAY, PAID, "4200000001",
                "Kiosk refund");
    }

    private static Object[] succeeded() {
        return new Object[]{new PaymentRequested(PAYMENT, ORDER, CustomerId.random(), PaymentProvider.WECHAT_PAY, PAID,
                new PaymentAction(PaymentAction.Kind.QR_CODE, "weixin://wxpay/bizpayurl?pr=x")),
                new PaymentSucceeded(PAYMENT, ORDER, PaymentProvider.WECHAT_PAY, PAID, "4200000001", AT)};
    }

    private static RefundPayment refund(RefundId refund, Money amount) {
        return new RefundPayment(PAYMENT, refund, amount, "Kiosk refund");
    }

    private static RecordRefundNotification notice(RefundId refund, ProviderOutcome outcome, Money amount) {
        return new RecordRefundNotification(PAYMENT, refund, "n-" + outcome, outcome, amount, "50300", AT);
    }

    @Test
    void a_refund_asks_the_payments_provider_with_the_refund_as_its_number_and_the_total_collected() {
        fixture.given(succeeded())
                .when(refund(FIRST, ONE_CHARGER))
                .expectEvents(asked(FIRST, ONE_CHARGER));
    }

    @Test
    void the_providers_answer_pays_back_at_once_or_later_or_fails_the_try() {
        fixture.given(succeeded()).andGiven(asked(FIRST, ONE_CHARGER))
                .when(new RecordRefundPaid(PAYMENT, FIRST, "2026112522001", AT))
                .expectEvents(new PaymentRefunded(PAYMENT, ORDER, FIRST, ONE_CHARGER, "2026112522001", AT));
        fixture.given(succeeded()).andGiven(asked(FIRST, ONE_CHARGER))
                .when(new RecordRefundAccepted(PAYMENT, FIRST, "50300"))
                .expectEvents(new PaymentRefundAccepted(PAYMENT, ORDER, FIRST, ONE_CHARGER, "50300"));
        fixture.given(succeeded()).andGiven(asked(FIRST, ONE_CHARGER))
                .when(new RecordRefundFailed(PAYMENT, FIRST, "provider-unavailable", "WeChat Pay did not answer in 3 tries"))
                .expectEvents(new PaymentRefundFailed(PAYMENT, ORDER, FIRST, ONE_CHARGER, "provider-unavailable",
                        "WeChat Pay did not answer in 3 tries"));
    }

    @Test
    void a_failed_refund_is_asked_again_with_the_same_number() {
        fixture.given(succeeded())
                .andGiven(asked(FIRST, ONE_CHARGER), new PaymentRefundFailed(PAYMENT, ORDER, FIRST, ONE_CHARGER, "provider-unavailable", "x"))
                .when(refund(FIRST, ONE_CHARGER))
                .expectEvents(asked(FIRST, ONE_CHARGER));
    }

    @Test
    void a_refund_asked_for_under_way_or_paid_back_is_not_asked_again() {
        fixture.given(succeeded()).andGiven(asked(FIRST, ONE_CHARGER))
                .when(refund(FIRST, ONE_CHARGER))
                .expectNoEvents();
        fixture.given(succeeded()).andGiven(new PaymentRefundAccepted(PAYMENT, ORDER, FIRST, ONE_CHARGER, "50300"))
                .when(refund(FIRST, ONE_CHARGER))
                .expectNoEvents();
        fixture.given(succeeded()).andGiven(new PaymentRefunded(PAYMENT, ORDER, FIRST, ONE_CHARGER, "50300", AT))
                .when(refund(FIRST, ONE_CHARGER))
                .expectNoEvents();
    }

    @Test
    void an_answer_about_a_refund_already_settled_by_the_providers_word_changes_nothing() {
        fixture.given(succeeded()).andGiven(asked(FIRST, ONE_CHARGER),
                        new PaymentRefunded(PAYMENT, ORDER, FIRST, ONE_CHARGER, "50300", AT))
                .when(new RecordRefundAccepted(PAYMENT, FIRST, "50300"))
                .expectNoEvents();
    }

    @Test
    void refunds_never_pay_back_more_than_the_payment_collected_or_asked_for() {
        fixture.given(succeeded()).andGiven(new PaymentRefunded(PAYMENT, ORDER, FIRST, ONE_CHARGER, "50300", AT))
                .when(refund(SECOND, Money.of("199.01", "CNY")))
                .expectEvents(new PaymentRefundRefused(PAYMENT, ORDER, SECOND, Money.of("199.01", "CNY"), "refund-exceeds-payment",
                        "payment " + PAYMENT + " collected 398.00 CNY; refunding 199.01 CNY more would pay back more than that"));
        fixture.given(succeeded()).andGiven(asked(FIRST, PAID))
                .when(refund(SECOND, ONE_CHARGER))
                .expectEvents(new PaymentRefundRefused(PAYMENT, ORDER, SECOND, ONE_CHARGER, "refund-exceeds-payment",
                        "payment " + PAYMENT + " collected 398.00 CNY; refunding 199.00 CNY more would pay back more than that"));
        fixture.given(succeeded()).andGiven(asked(FIRST, ONE_CHARGER),
                        new PaymentRefundFailed(PAYMENT, ORDER, FIRST, ONE_CHARGER, "x", "y"))
                .when(refund(SECOND, PAID))
                .expectEvents(asked(SECOND, PAID));
    }

    @Test
    void only_a_succeeded_payment_pays_anything_back_and_it_says_so_with_an_event() {
        fixture.given(succeeded()[0])
                .when(refund(FIRST, ONE_CHARGER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PaymentRefundRefused(PAYMENT, ORDER, FIRST, ONE_CHARGER, "payment-not-succeeded",
                        "payment " + PAYMENT + " collected nothing to pay back"));
        fixture.given(succeeded())
                .when(refund(FIRST, Money.of("10.00", "USD")))
                .expectEvents(new PaymentRefundRefused(PAYMENT, ORDER, FIRST, Money.of("10.00", "USD"), "invalid-refund-amount",
                        "a refund pays back more than nothing, in the payment's currency CNY"));
    }

    @Test
    void a_refund_notification_for_a_payment_that_never_succeeded_is_refused() {
        fixture.given(succeeded()[0])
                .when(notice(FIRST, ProviderOutcome.SUCCEEDED, ONE_CHARGER))
                .expectException(refusal(CONFLICT, "payment-not-succeeded"))
                .expectNoEvents();
    }

    @Test
    void the_providers_word_that_the_money_is_back_refunds_it_once() {
        fixture.given(succeeded()).andGiven(new PaymentRefundAccepted(PAYMENT, ORDER, FIRST, ONE_CHARGER, "50300"))
                .when(notice(FIRST, ProviderOutcome.SUCCEEDED, ONE_CHARGER))
                .expectEvents(new PaymentRefunded(PAYMENT, ORDER, FIRST, ONE_CHARGER, "50300", AT));
        fixture.given(succeeded()).andGiven(new PaymentRefunded(PAYMENT, ORDER, FIRST, ONE_CHARGER, "50300", AT))
                .when(notice(FIRST, ProviderOutcome.SUCCEEDED, ONE_CHARGER))
                .expectNoEvents();
    }

    @Test
    void an_abnormal_or_closed_refund_fails_the_refund_under_way() {
        fixture.given(succeeded()).andGiven(asked(FIRST, ONE_CHARGER))
                .when(notice(FIRST, ProviderOutcome.FAILED, ONE_CHARGER))
                .expectEvents(new PaymentRefundFailed(PAYMENT, ORDER, FIRST, ONE_CHARGER, "refund-abnormal",
                        "the provider reports the refund failed"));
        fixture.given(succeeded()).andGiven(new PaymentRefundAccepted(PAYMENT, ORDER, FIRST, ONE_CHARGER, "50300"))
                .when(notice(FIRST, ProviderOutcome.CLOSED, ONE_CHARGER))
                .expectEvents(new PaymentRefundFailed(PAYMENT, ORDER, FIRST, ONE_CHARGER, "refund-closed",
                        "the provider reports the refund closed"));
    }

    @Test
    void a_success_for_another_amount_is_flagged_and_never_applied() {
        fixture.given(succeeded()).andGiven(new PaymentRefundAccepted(PAYMENT, ORDER, FIRST, ONE_CHARGER, "50300"))
                .when(notice(FIRST, ProviderOutcome.SUCCEEDED, PAID))
                .expectEvents(new PaymentFlagged(PAYMENT, ORDER, "n-SUCCEEDED", "refund-amount-mismatch"));
    }

    @Test
    void the_provider_is_believed_about_a_refund_kiosk_lost_track_of_within_what_was_collected() {
        fixture.given(succeeded())
                .when(notice(FIRST, ProviderOutcome.SUCCEEDED, ONE_CHARGER))
                .expectEvents(new PaymentRefunded(PAYMENT, ORDER, FIRST, ONE_CHARGER, "50300", AT));
        fixture.given(succeeded()).andGiven(new PaymentRefunded(PAYMENT, ORDER, FIRST, PAID, "50300", AT))
                .when(notice(SECOND, ProviderOutcome.SUCCEEDED, ONE_CHARGER))
                .expectEvents(new PaymentFlagged(PAYMENT, ORDER, "n-SUCCEEDED", "refund-exceeds-payment"));
    }
}
