package io.kiosk.command.refund;

import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.DeliveryAddress;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.customer.PhoneNumber;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.ApproveRefund;
import io.kiosk.api.refund.CompleteRefund;
import io.kiosk.api.refund.EscalateRefund;
import io.kiosk.api.refund.ExpireReturn;
import io.kiosk.api.refund.RecordReturnReceipt;
import io.kiosk.api.refund.RecordReturnShipment;
import io.kiosk.api.refund.RefundApproved;
import io.kiosk.api.refund.RefundCompleted;
import io.kiosk.api.refund.RefundEscalated;
import io.kiosk.api.refund.RefundId;
import io.kiosk.api.refund.RefundLine;
import io.kiosk.api.refund.RefundReason;
import io.kiosk.api.refund.RefundRejected;
import io.kiosk.api.refund.RefundRequested;
import io.kiosk.api.refund.RefundRetried;
import io.kiosk.api.refund.RefundStatus;
import io.kiosk.api.refund.RefundWithdrawn;
import io.kiosk.api.refund.RejectRefund;
import io.kiosk.api.refund.RetryRefund;
import io.kiosk.api.refund.ReturnAccepted;
import io.kiosk.api.refund.ReturnAuthorised;
import io.kiosk.api.refund.ReturnDeadlinePassed;
import io.kiosk.api.refund.ReturnRefused;
import io.kiosk.api.refund.ReturnShipped;
import io.kiosk.api.refund.WithdrawRefund;
import io.kiosk.command.identity.CallerMetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static io.kiosk.command.Refusals.refusal;
import static io.kiosk.command.RuleViolation.Kind.CONFLICT;
import static io.kiosk.command.RuleViolation.Kind.NOT_FOUND;
import static io.kiosk.command.RuleViolation.Kind.UNPROCESSABLE;

/**
 * Li Lei asks for 398.00 CNY back for two chargers of his order: how the refund answers the back office, the
 * warehouse and him. The clock is fixed at 25 November, 10:00 in Shanghai; returns are due within 14 days.
 */
class RefundTest {

    private static final RefundId REFUND = RefundId.random();
    private static final OrderId ORDER = OrderId.random();
    private static final CustomerId LI_LEI = CustomerId.random();
    private static final Map<String, ?> BY_LI_LEI = Map.of(CallerMetaData.ACCOUNT_ID, LI_LEI.toString());
    private static final PaymentId PAYMENT = PaymentId.random();
    private static final Money ASKED = Money.of("398.00", "CNY");
    private static final List<RefundLine> CHARGERS = List.of(new RefundLine(CartItemId.random(), new ProductId("ks-charger-pro"),
            new Quantity(2), Money.of("199.00", "CNY")));
    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");
    private static final Instant DUE = NOW.plus(Duration.ofDays(14));
    private static final DeliveryAddress RETURNS = new DeliveryAddress("Kiosk Returns Desk", new PhoneNumber("+862150000000"),
            "88 Century Avenue", null, "Shanghai", "Shanghai", "200120", "CN");

    private FixtureConfiguration<Refund> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Refund.class);
        fixture.registerInjectableResource(new ReturnPolicy(RETURNS, Duration.ofDays(14), Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"))));
    }

    private static RefundRequested requested(boolean withReturn) {
        return new RefundRequested(REFUND, ORDER, LI_LEI, PAYMENT, PaymentProvider.ALIPAY, CHARGERS, ASKED, RefundReason.DAMAGED,
                "cracked", withReturn);
    }

    private static RefundApproved approved(boolean withReturn) {
        return new RefundApproved(REFUND, ORDER, ASKED, ASKED, withReturn, false, null);
    }

    private static ReturnAuthorised authorised() {
        return new ReturnAuthorised(REFUND, ORDER, RETURNS, DUE);
    }

    @Test
    void the_back_office_approves_as_asked_or_for_less() {
        fixture.given(requested(false))
                .when(new ApproveRefund(REFUND, null, null))
                .expectEvents(approved(false))
                .expectResultMessagePayload(new RefundUpdate(REFUND, RefundStatus.PAYING_OUT, 1));
        fixture.given(requested(false))
                .when(new ApproveRefund(REFUND, Money.of("300.00", "CNY"), " one still works "))
                .expectEvents(new RefundApproved(REFUND, ORDER, Money.of("300.00", "CNY"), ASKED, false, false, "one still works"));
    }

    @Test
    void an_approval_for_more_than_asked_nothing_or_another_currency_is_refused() {
        for (Money wrong : List.of(Money.of("398.01", "CNY"), Money.of("0.00", "CNY"), Money.of("10.00", "USD"))) {
            fixture.given(requested(false))
                    .when(new ApproveRefund(REFUND, wrong, null))
                    .expectException(refusal(UNPROCESSABLE, "invalid-refund-amount"))
                    .expectNoEvents();
        }
    }

    @Test
    void approving_a_return_authorises_the_goods_to_come_back_to_the_return_address_within_the_deadline() {
        fixture.given(requested(true))
                .when(new ApproveRefund(REFUND, null, null))
                .expectEvents(approved(true), authorised())
                .expectResultMessagePayload(new RefundUpdate(REFUND, RefundStatus.AWAITING_RETURN, 2));
    }

    @Test
    void a_rejection_says_why_and_nothing_is_decided_twice() {
        fixture.given(requested(false))
                .when(new RejectRefund(REFUND, "the damage is not covered"))
                .expectEvents(new RefundRejected(REFUND, ORDER, "the damage is not covered"));
        fixture.given(requested(false), new RefundRejected(REFUND, ORDER, "no"))
                .when(new ApproveRefund(REFUND, null, null))
                .expectException(refusal(CONFLICT, "refund-status-conflict"));
        fixture.given(requested(false), approved(false))
                .when(new RejectRefund(REFUND, "no"))
                .expectException(refusal(CONFLICT, "refund-status-conflict"));
    }

    @Test
    void the_customer_withdraws_until_the_goods_are_sent_and_nobody_else_can() {
        fixture.given(requested(true))
                .when(new WithdrawRefund(REFUND), BY_LI_LEI)
                .expectEvents(new RefundWithdrawn(REFUND, ORDER));
        fixture.given(requested(true), approved(true), authorised())
                .when(new WithdrawRefund(REFUND), BY_LI_LEI)
                .expectEvents(new RefundWithdrawn(REFUND, ORDER));
        fixture.given(requested(true), approved(true), authorised(), new ReturnShipped(REFUND, ORDER, "SF Express", "SF9"))
                .when(new WithdrawRefund(REFUND), BY_LI_LEI)
                .expectException(refusal(CONFLICT, "refund-status-conflict"));
        fixture.given(requested(true))
                .when(new WithdrawRefund(REFUND), Map.of(CallerMetaData.ACCOUNT_ID, CustomerId.random().toString()))
                .expectException(refusal(NOT_FOUND, "not-found"))
                .expectNoEvents();
    }

    @Test
    void the_customer_enters_the_return_shipment_once_the_return_is_authorised() {
        fixture.given(requested(true), approved(true), authorised())
                .when(new RecordReturnShipment(REFUND, "SF Express", "SF9"), BY_LI_LEI)
                .expectEvents(new ReturnShipped(REFUND, ORDER, "SF Express", "SF9"));
        fixture.given(requested(true))
                .when(new RecordReturnShipment(REFUND, "SF Express", "SF9"), BY_LI_LEI)
                .expectException(refusal(CONFLICT, "refund-status-conflict"));
        fixture.given(requested(true), approved(true), authorised())
                .when(new RecordReturnShipment(REFUND, "SF Express", "SF9"), Map.of(CallerMetaData.ACCOUNT_ID, CustomerId.random().toString()))
                .expectException(refusal(NOT_FOUND, "not-found"));
    }

    @Test
    void returned_goods_that_pass_inspection_pay_out_and_those_that_fail_end_it() {
        fixture.given(requested(true), approved(true), authorised(), new ReturnShipped(REFUND, ORDER, "SF Express", "SF9"))
                .when(new RecordReturnReceipt(REFUND, true, "as new"))
                .expectEvents(new ReturnAccepted(REFUND, ORDER, "as new"))
                .expectResultMessagePayload(new RefundUpdate(REFUND, RefundStatus.PAYING_OUT, 4));
        fixture.given(requested(true), approved(true), authorised())
                .when(new RecordReturnReceipt(REFUND, false, "water damage, not a crack"))
                .expectEvents(new ReturnRefused(REFUND, ORDER, "water damage, not a crack"));
        fixture.given(requested(true))
                .when(new RecordReturnReceipt(REFUND, true, null))
                .expectException(refusal(CONFLICT, "refund-status-conflict"));
    }

    @Test
    void goods_not_sent_by_the_deadline_end_the_refund_but_goods_on_their_way_do_not() {
        fixture.given(requested(true), approved(true), authorised())
                .when(new ExpireReturn(REFUND))
                .expectEvents(new ReturnDeadlinePassed(REFUND, ORDER, DUE));
        fixture.given(requested(true), approved(true), authorised(), new ReturnShipped(REFUND, ORDER, "SF Express", "SF9"))
                .when(new ExpireReturn(REFUND))
                .expectNoEvents();
    }

    @Test
    void a_payout_the_provider_keeps_failing_is_escalated_and_the_back_office_retries_it() {
        fixture.given(requested(false), approved(false))
                .when(new EscalateRefund(REFUND, 5, "provider-unavailable", "Alipay did not answer"))
                .expectEvents(new RefundEscalated(REFUND, ORDER, 5, "provider-unavailable", "Alipay did not answer"));
        fixture.given(requested(false), approved(false), new RefundEscalated(REFUND, ORDER, 5, "provider-unavailable", "x"))
                .when(new RetryRefund(REFUND))
                .expectEvents(new RefundRetried(REFUND, ORDER))
                .expectResultMessagePayload(new RefundUpdate(REFUND, RefundStatus.PAYING_OUT, 3));
        fixture.given(requested(false), approved(false))
                .when(new RetryRefund(REFUND))
                .expectException(refusal(CONFLICT, "refund-status-conflict"));
    }

    @Test
    void the_money_back_completes_the_refund_with_the_approved_amount_once() {
        Instant at = NOW.plusSeconds(30);
        fixture.given(requested(false), new RefundApproved(REFUND, ORDER, Money.of("300.00", "CNY"), ASKED, false, false, null))
                .when(new CompleteRefund(REFUND, "2026112522001", at))
                .expectEvents(new RefundCompleted(REFUND, ORDER, Money.of("300.00", "CNY"), "2026112522001", at));
        fixture.given(requested(false), approved(false), new RefundEscalated(REFUND, ORDER, 5, "refund-unconfirmed", "x"))
                .when(new CompleteRefund(REFUND, "50300", at))
                .expectEvents(new RefundCompleted(REFUND, ORDER, ASKED, "50300", at));
        fixture.given(requested(false), approved(false), new RefundCompleted(REFUND, ORDER, ASKED, "50300", at))
                .when(new CompleteRefund(REFUND, "50300", at))
                .expectNoEvents();
        fixture.given(requested(false))
                .when(new CompleteRefund(REFUND, "50300", at))
                .expectException(refusal(CONFLICT, "refund-status-conflict"));
    }
}
