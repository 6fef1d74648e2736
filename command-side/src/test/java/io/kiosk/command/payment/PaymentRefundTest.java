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
import static io.kiosk.command.RuleViolation.Kind.UNPROCESSABLE;
import static org.assertj.core.api.Assertions.assertThat;

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
    private StubGateway gateway;

    @BeforeEach
    void setUp() {
        gateway = new StubGateway();
        fixture = new AggregateTestFixture<>(Payment.class);
        fixture.registerInjectableResource(gateway);
        fixture.registerInjectableResource(new StubRiskCheck());
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
                .expectEvents(new PaymentRefundAccepted(PAYMENT, ORDER, FIRST, ONE_CHARGER, "provider-refund-1"));

        assertThat(gateway.refunds).containsExactly(new ProviderRefund(FIRST, PAYMENT, PaymentProvider.WECHAT_PAY, ONE_CHARGER,
                PAID, "4200000001", "Kiosk refund"));
    }

    @Test
    void a_provider_that_pays_back_at_once_refunds_at_once() {
        gateway.refundAnswer = RefundReceipt.completed("2026112522001", AT);

        fixture.given(succeeded())
                .when(refund(FIRST, ONE_CHARGER))
                .expectEvents(new PaymentRefunded(PAYMENT, ORDER, FIRST, ONE_CHARGER, "2026112522001", AT));
    }

    @Test
    void a_provider_failure_is_recorded_for_the_refund_process_to_retry_with_the_same_number() {
        gateway.refundRefusal = new ProviderRefusal("provider-unavailable", "WeChat Pay did not answer in 10 s");
        fixture.given(succeeded())
                .when(refund(FIRST, ONE_CHARGER))
                .expectEvents(new PaymentRefundFailed(PAYMENT, ORDER, FIRST, ONE_CHARGER, "provider-unavailable",
                        "WeChat Pay did not answer in 10 s"));
        gateway.refundRefusal = null;
        fixture.given(succeeded())
                .andGiven(new PaymentRefundFailed(PAYMENT, ORDER, FIRST, ONE_CHARGER, "provider-unavailable", "x"))
                .when(refund(FIRST, ONE_CHARGER))
                .expectEvents(new PaymentRefundAccepted(PAYMENT, ORDER, FIRST, ONE_CHARGER, "provider-refund-1"));
        assertThat(gateway.refunds).extracting(ProviderRefund::refundId).containsExactly(FIRST, FIRST);
    }

    @Test
    void a_refund_under_way_or_paid_back_is_not_asked_again() {
        fixture.given(succeeded()).andGiven(new PaymentRefundAccepted(PAYMENT, ORDER, FIRST, ONE_CHARGER, "50300"))
                .when(refund(FIRST, ONE_CHARGER))
                .expectNoEvents();
        fixture.given(succeeded()).andGiven(new PaymentRefunded(PAYMENT, ORDER, FIRST, ONE_CHARGER, "50300", AT))
                .when(refund(FIRST, ONE_CHARGER))
                .expectNoEvents();
        assertThat(gateway.refunds).isEmpty();
    }

    @Test
    void refunds_never_pay_back_more_than_the_payment_collected() {
        fixture.given(succeeded()).andGiven(new PaymentRefunded(PAYMENT, ORDER, FIRST, ONE_CHARGER, "50300", AT))
                .when(refund(SECOND, Money.of("199.01", "CNY")))
                .expectException(refusal(UNPROCESSABLE, "refund-exceeds-payment"))
                .expectNoEvents();
        fixture.given(succeeded()).andGiven(new PaymentRefundFailed(PAYMENT, ORDER, FIRST, ONE_CHARGER, "x", "y"))
                .when(refund(SECOND, PAID))
                .expectSuccessfulHandlerExecution();
        assertThat(gateway.refunds).extracting(ProviderRefund::refundId).containsExactly(SECOND);
    }

    @Test
    void only_a_succeeded_payment_pays_anything_back() {
        fixture.given(succeeded()[0])
                .when(refund(FIRST, ONE_CHARGER))
                .expectException(refusal(CONFLICT, "payment-not-succeeded"))
                .expectNoEvents();
        fixture.given(succeeded())
                .when(refund(FIRST, Money.of("10.00", "USD")))
                .expectException(refusal(UNPROCESSABLE, "invalid-refund-amount"));
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
        fixture.given(succeeded()).andGiven(new PaymentRefundAccepted(PAYMENT, ORDER, FIRST, ONE_CHARGER, "50300"))
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
