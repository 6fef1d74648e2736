package io.kiosk.command.refund;

import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.DeliveryAddress;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.customer.PhoneNumber;
import io.kiosk.api.order.CancellationReason;
import io.kiosk.api.order.OrderCancelled;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.RecordOrderRefund;
import io.kiosk.api.order.ReduceRefundHold;
import io.kiosk.api.order.ReleaseRefundHold;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.payment.PaymentRefundAccepted;
import io.kiosk.api.payment.PaymentRefundFailed;
import io.kiosk.api.payment.PaymentRefundRefused;
import io.kiosk.api.payment.PaymentRefunded;
import io.kiosk.api.payment.RefundPayment;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.ApproveRefundOfCancelledOrder;
import io.kiosk.api.refund.CompleteRefund;
import io.kiosk.api.refund.EscalateRefund;
import io.kiosk.api.refund.ExpireReturn;
import io.kiosk.api.refund.RefundApproved;
import io.kiosk.api.refund.RefundEscalated;
import io.kiosk.api.refund.RefundId;
import io.kiosk.api.refund.RefundLine;
import io.kiosk.api.refund.RefundReason;
import io.kiosk.api.refund.RefundRejected;
import io.kiosk.api.refund.RefundRequested;
import io.kiosk.api.refund.RefundRetried;
import io.kiosk.api.refund.RefundWithdrawn;
import io.kiosk.api.refund.ReturnAccepted;
import io.kiosk.api.refund.ReturnAuthorised;
import io.kiosk.api.refund.ReturnDeadlinePassed;
import io.kiosk.api.refund.ReturnRefused;
import io.kiosk.api.refund.ReturnShipped;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Every branch of the refund process, given → when → expect, on the fixture's clock: at most three attempts at the
 * provider, the first retry a minute after the first failure, doubling after that; returns due within 14 days.
 */
class RefundProcessTest {

    private static final RefundId REFUND = RefundId.random();
    private static final OrderId ORDER = OrderId.random();
    private static final PaymentId PAYMENT = PaymentId.random();
    private static final Money ASKED = Money.of("398.00", "CNY");
    private static final List<RefundLine> CHARGERS = List.of(new RefundLine(CartItemId.random(), new ProductId("ks-charger-pro"),
            new Quantity(2), Money.of("199.00", "CNY")));
    private static final DeliveryAddress RETURNS = new DeliveryAddress("Kiosk Returns Desk", new PhoneNumber("+862150000000"),
            "88 Century Avenue", null, "Shanghai", "Shanghai", "200120", "CN");
    private static final Duration FIRST_PAUSE = Duration.ofMinutes(1);
    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");

    private SagaTestFixture<RefundProcess> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(RefundProcess.class);
        fixture.registerResource(new RefundProperties(3, FIRST_PAUSE));
    }

    private static RefundRequested requested(boolean withReturn) {
        return new RefundRequested(REFUND, ORDER, CustomerId.random(), PAYMENT, PaymentProvider.WECHAT_PAY, CHARGERS, ASKED,
                RefundReason.DAMAGED, null, withReturn);
    }

    private static RefundApproved approved(boolean withReturn) {
        return new RefundApproved(REFUND, ORDER, ASKED, ASKED, withReturn, false, null);
    }

    private static RefundPayment payOut(Money amount) {
        return new RefundPayment(PAYMENT, REFUND, amount, "Kiosk refund for order " + ORDER);
    }

    private static PaymentRefundFailed failed() {
        return new PaymentRefundFailed(PAYMENT, ORDER, REFUND, ASKED, "provider-unavailable", "WeChat Pay did not answer");
    }

    private static PaymentRefunded refunded(Money amount) {
        return new PaymentRefunded(PAYMENT, ORDER, REFUND, amount, "50300000012026112500000000001",
                Instant.parse("2026-11-25T02:00:30Z"));
    }

    private static CompleteRefund complete() {
        return new CompleteRefund(REFUND, "50300000012026112500000000001", Instant.parse("2026-11-25T02:00:30Z"));
    }

    @Test
    void a_requested_refund_waits_for_the_review() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(requested(false))
                .expectActiveSagas(1)
                .expectAssociationWith("refundId", REFUND.toString())
                .expectAssociationWith("orderId", ORDER.toString())
                .expectNoDispatchedCommands();
    }

    @Test
    void an_approval_without_return_pays_the_money_back_through_the_orders_payment_at_once() {
        fixture.givenAPublished(requested(false))
                .whenPublishingA(approved(false))
                .expectDispatchedCommands(payOut(ASKED));
    }

    @Test
    void an_approval_for_less_frees_the_difference_on_the_order_and_pays_back_the_smaller_amount() {
        Money less = Money.of("300.00", "CNY");
        fixture.givenAPublished(requested(false))
                .whenPublishingA(new RefundApproved(REFUND, ORDER, less, ASKED, false, false, "one still works"))
                .expectDispatchedCommands(new ReduceRefundHold(ORDER, REFUND, less), payOut(less));
    }

    @Test
    void an_approval_delivered_again_pays_out_once() {
        fixture.givenAPublished(requested(false)).andThenAPublished(approved(false))
                .whenPublishingA(approved(false))
                .expectNoDispatchedCommands();
    }

    @Test
    void the_money_back_completes_the_refund_and_the_order_counts_it() {
        fixture.givenAPublished(requested(false)).andThenAPublished(approved(false))
                .whenPublishingA(refunded(ASKED))
                .expectDispatchedCommands(complete(), new RecordOrderRefund(ORDER, REFUND, ASKED))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void a_refund_wechat_pay_took_waits_for_its_notification_then_completes() {
        fixture.givenAPublished(requested(false)).andThenAPublished(approved(false))
                .whenPublishingA(new PaymentRefundAccepted(PAYMENT, ORDER, REFUND, ASKED, "50300000012026112500000000001"))
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(Duration.ofHours(24), RefundProcess.CONFIRMATION_DUE);
        fixture.givenAPublished(requested(false)).andThenAPublished(approved(false))
                .andThenAPublished(new PaymentRefundAccepted(PAYMENT, ORDER, REFUND, ASKED, "50300000012026112500000000001"))
                .whenPublishingA(refunded(ASKED))
                .expectDispatchedCommands(complete(), new RecordOrderRefund(ORDER, REFUND, ASKED))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void a_refund_the_provider_took_but_never_confirmed_is_escalated() throws Exception {
        fixture.givenAPublished(requested(false)).andThenAPublished(approved(false))
                .andThenAPublished(new PaymentRefundAccepted(PAYMENT, ORDER, REFUND, ASKED, "50300"))
                .whenTimeElapses(Duration.ofHours(24))
                .expectDispatchedCommands(new EscalateRefund(REFUND, 1, "refund-unconfirmed",
                        "the provider accepted the refund but did not confirm it within PT24H"));
    }

    @Test
    void a_failed_attempt_is_retried_after_a_pause() throws Exception {
        fixture.givenAPublished(requested(false)).andThenAPublished(approved(false))
                .whenPublishingA(failed())
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(FIRST_PAUSE, RefundProcess.RETRY);
        fixture.givenAPublished(requested(false)).andThenAPublished(approved(false)).andThenAPublished(failed())
                .whenTimeElapses(FIRST_PAUSE)
                .expectTriggeredDeadlinesWithName(RefundProcess.RETRY)
                .expectDispatchedCommands(payOut(ASKED));
    }

    @Test
    void the_pause_doubles_after_each_failure() throws Exception {
        fixture.givenAPublished(requested(false)).andThenAPublished(approved(false)).andThenAPublished(failed())
                .andThenTimeElapses(FIRST_PAUSE)
                .whenPublishingA(failed())
                .expectScheduledDeadlineWithName(FIRST_PAUSE.multipliedBy(2), RefundProcess.RETRY);
    }

    @Test
    void after_the_last_attempt_fails_the_refund_goes_to_the_back_office_and_is_never_dropped() throws Exception {
        fixture.givenAPublished(requested(false)).andThenAPublished(approved(false))
                .andThenAPublished(failed()).andThenTimeElapses(FIRST_PAUSE)
                .andThenAPublished(failed()).andThenTimeElapses(FIRST_PAUSE.multipliedBy(2))
                .whenPublishingA(failed())
                .expectDispatchedCommands(new EscalateRefund(REFUND, 3, "provider-unavailable", "WeChat Pay did not answer"))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(1);
    }

    @Test
    void the_back_office_retries_an_escalated_refund_with_fresh_attempts() throws Exception {
        fixture.givenAPublished(requested(false)).andThenAPublished(approved(false))
                .andThenAPublished(new RefundEscalated(REFUND, ORDER, 3, "provider-unavailable", "x"))
                .whenPublishingA(new RefundRetried(REFUND, ORDER))
                .expectNoDispatchedCommands();
        fixture.givenAPublished(requested(false)).andThenAPublished(approved(false))
                .andThenAPublished(failed()).andThenTimeElapses(FIRST_PAUSE)
                .andThenAPublished(failed()).andThenTimeElapses(FIRST_PAUSE.multipliedBy(2))
                .andThenAPublished(failed())
                .whenPublishingA(new RefundRetried(REFUND, ORDER))
                .expectDispatchedCommands(payOut(ASKED));
    }

    @Test
    void money_back_after_an_escalation_still_completes_the_refund() throws Exception {
        fixture.givenAPublished(requested(false)).andThenAPublished(approved(false))
                .andThenAPublished(new PaymentRefundAccepted(PAYMENT, ORDER, REFUND, ASKED, "50300"))
                .andThenTimeElapses(Duration.ofHours(24))
                .whenPublishingA(refunded(ASKED))
                .expectDispatchedCommands(complete(), new RecordOrderRefund(ORDER, REFUND, ASKED))
                .expectActiveSagas(0);
    }

    @Test
    void a_payment_that_refuses_outright_is_escalated_without_retries() {
        fixture.givenAPublished(requested(false)).andThenAPublished(approved(false))
                .whenPublishingA(new PaymentRefundRefused(PAYMENT, ORDER, REFUND, ASKED, "refund-exceeds-payment",
                        "payment collected less"))
                .expectDispatchedCommands(new EscalateRefund(REFUND, 1, "refund-exceeds-payment", "payment collected less"))
                .expectNoScheduledDeadlines();
    }

    @Test
    void a_return_waits_for_the_goods_until_the_deadline_and_then_ends_without_money() {
        Instant due = NOW.plus(Duration.ofDays(14));
        fixture.givenCurrentTime(NOW).andThenAPublished(requested(true)).andThenAPublished(approved(true))
                .whenPublishingA(new ReturnAuthorised(REFUND, ORDER, RETURNS, due))
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(Duration.ofDays(14), RefundProcess.RETURN_DUE);
        setUp();
        fixture.givenCurrentTime(NOW).andThenAPublished(requested(true)).andThenAPublished(approved(true))
                .andThenAPublished(new ReturnAuthorised(REFUND, ORDER, RETURNS, due))
                .whenTimeElapses(Duration.ofDays(14))
                .expectDispatchedCommands(new ExpireReturn(REFUND));
        setUp();
        fixture.givenCurrentTime(NOW).andThenAPublished(requested(true)).andThenAPublished(approved(true))
                .andThenAPublished(new ReturnAuthorised(REFUND, ORDER, RETURNS, due))
                .whenPublishingA(new ReturnDeadlinePassed(REFUND, ORDER, due))
                .expectDispatchedCommands(new ReleaseRefundHold(ORDER, REFUND, "return-expired"))
                .expectActiveSagas(0);
    }

    @Test
    void goods_on_their_way_stop_the_return_clock_and_accepted_goods_pay_out() {
        Instant due = NOW.plus(Duration.ofDays(14));
        fixture.givenCurrentTime(NOW).andThenAPublished(requested(true)).andThenAPublished(approved(true))
                .andThenAPublished(new ReturnAuthorised(REFUND, ORDER, RETURNS, due))
                .whenPublishingA(new ReturnShipped(REFUND, ORDER, "SF Express", "SF9"))
                .expectNoScheduledDeadlines()
                .expectNoDispatchedCommands();
        setUp();
        fixture.givenCurrentTime(NOW).andThenAPublished(requested(true)).andThenAPublished(approved(true))
                .andThenAPublished(new ReturnAuthorised(REFUND, ORDER, RETURNS, due))
                .andThenAPublished(new ReturnShipped(REFUND, ORDER, "SF Express", "SF9"))
                .whenPublishingA(new ReturnAccepted(REFUND, ORDER, "as new"))
                .expectDispatchedCommands(payOut(ASKED));
    }

    @Test
    void refused_goods_a_rejection_or_a_withdrawal_free_what_the_order_held() {
        Instant due = NOW.plus(Duration.ofDays(14));
        fixture.givenCurrentTime(NOW).andThenAPublished(requested(true)).andThenAPublished(approved(true))
                .andThenAPublished(new ReturnAuthorised(REFUND, ORDER, RETURNS, due))
                .whenPublishingA(new ReturnRefused(REFUND, ORDER, "water damage"))
                .expectDispatchedCommands(new ReleaseRefundHold(ORDER, REFUND, "return-refused"))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
        fixture.givenAPublished(requested(false))
                .whenPublishingA(new RefundRejected(REFUND, ORDER, "not covered"))
                .expectDispatchedCommands(new ReleaseRefundHold(ORDER, REFUND, "rejected"))
                .expectActiveSagas(0);
        setUp();
        fixture.givenCurrentTime(NOW).andThenAPublished(requested(true)).andThenAPublished(approved(true))
                .andThenAPublished(new ReturnAuthorised(REFUND, ORDER, RETURNS, due))
                .whenPublishingA(new RefundWithdrawn(REFUND, ORDER))
                .expectDispatchedCommands(new ReleaseRefundHold(ORDER, REFUND, "withdrawn"))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void the_order_cancelled_while_a_request_waits_for_review_approves_it() {
        fixture.givenAPublished(requested(false))
                .whenPublishingA(new OrderCancelled(ORDER, CancellationReason.CUSTOMER_REQUEST, true))
                .expectDispatchedCommands(new ApproveRefundOfCancelledOrder(REFUND));
        fixture.givenAPublished(requested(false)).andThenAPublished(approved(false))
                .whenPublishingA(new OrderCancelled(ORDER, CancellationReason.CUSTOMER_REQUEST, true))
                .expectNoDispatchedCommands();
    }
}
