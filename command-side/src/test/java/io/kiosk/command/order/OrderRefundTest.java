package io.kiosk.command.order;

import io.kiosk.api.cart.CartId;
import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.DeliveryAddress;
import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.customer.PhoneNumber;
import io.kiosk.api.delivery.DeliveryWindow;
import io.kiosk.api.order.CancelOrder;
import io.kiosk.api.order.CancellationReason;
import io.kiosk.api.order.CheckoutDetails;
import io.kiosk.api.order.Contact;
import io.kiosk.api.order.OrderAwaitingPayment;
import io.kiosk.api.order.OrderCancelled;
import io.kiosk.api.order.OrderDelivered;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderPaid;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.order.OrderRefundHoldReduced;
import io.kiosk.api.order.OrderRefundReleased;
import io.kiosk.api.order.OrderRefundRequested;
import io.kiosk.api.order.OrderRefundState;
import io.kiosk.api.order.OrderRefunded;
import io.kiosk.api.order.OrderShipped;
import io.kiosk.command.refund.RequestedRefund;
import io.kiosk.command.refund.RefundRules;
import io.kiosk.api.refund.RefundApproved;
import io.kiosk.api.refund.RefundRequested;
import io.kiosk.api.order.RecordOrderRefund;
import io.kiosk.api.order.ReduceRefundHold;
import io.kiosk.api.order.ReleaseRefundHold;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundId;
import io.kiosk.api.refund.RefundItem;
import io.kiosk.api.refund.RefundLine;
import io.kiosk.api.refund.RefundReason;
import io.kiosk.api.refund.RefundStatus;
import io.kiosk.api.refund.RequestRefund;
import io.kiosk.command.identity.CallerMetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static io.kiosk.command.Refusals.refusal;
import static io.kiosk.command.RuleViolation.Kind.CONFLICT;
import static io.kiosk.command.RuleViolation.Kind.NOT_FOUND;
import static io.kiosk.command.RuleViolation.Kind.UNPROCESSABLE;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

/**
 * Li Lei bought two chargers (199.00 each), a lock (899.50) and a cable (59.00), 1356.50 CNY in all, paid with
 * Alipay: what the order says to his refund requests. Time is the fixture's: delivery on 20 November at 10:00 in
 * Shanghai, and the order's refund rules read the same clock (a 7-day window, no review below 100.00 CNY).
 */
class OrderRefundTest {

    private static final OrderId ORDER = OrderId.random();
    private static final CustomerId LI_LEI = CustomerId.random();
    private static final Map<String, ?> BY_LI_LEI = Map.of(CallerMetaData.ACCOUNT_ID, LI_LEI.toString());
    private static final PaymentId PAYMENT = PaymentId.random();
    private static final OrderLine CHARGERS = line("ks-charger-pro", 2, "199.00");
    private static final OrderLine LOCK = line("ks-smart-lock", 1, "899.50");
    private static final OrderLine CABLE = line("ks-cable", 1, "59.00");
    private static final Money TOTAL = Money.of("1356.50", "CNY");
    private static final Instant DELIVERED_AT = Instant.parse("2026-11-20T02:00:00Z");
    private static final CheckoutDetails DETAILS = new CheckoutDetails(
            new DeliveryAddress("Li Lei", new PhoneNumber("+8613800138000"), "1 Nanjing Road", null, "Shanghai",
                    "Shanghai", "200001", "CN"),
            new Contact("Li Lei", new PhoneNumber("+8613800138000"), new EmailAddress("li.lei@example.com")),
            PaymentProvider.ALIPAY, "SH");

    private AggregateTestFixture<Order> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Order.class);
        Clock theFixturesTime = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.of("Asia/Shanghai");
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return fixture.currentTime();
            }
        };
        fixture.registerInjectableResource(new RefundRules(Duration.ofDays(7), Money.of("100.00", "CNY"), theFixturesTime));
    }

    private static OrderLine line(String product, int quantity, String price) {
        return new OrderLine(CartItemId.random(), new ProductId(product), ChosenOptions.none(), new Quantity(quantity),
                Money.of(price, "CNY"), null, null);
    }

    private static RefundLine units(OrderLine line, int quantity) {
        return new RefundLine(line.lineId(), line.productId(), new Quantity(quantity), line.unitPrice());
    }

    private static RequestRefund ask(RefundId refund, boolean withReturn, RefundItem... items) {
        return new RequestRefund(ORDER, refund, List.of(items), RefundReason.DAMAGED, "the lid is cracked", withReturn);
    }

    private static RefundItem item(OrderLine line, int quantity) {
        return new RefundItem(line.lineId(), new Quantity(quantity));
    }

    private static OrderRefundRequested held(RefundId refund, boolean withReturn, boolean automatic, RefundLine... lines) {
        Money amount = RefundLine.total(List.of(lines), Money.zero(TOTAL.currency()));
        return new OrderRefundRequested(ORDER, refund, LI_LEI, PAYMENT, PaymentProvider.ALIPAY, List.of(lines), amount,
                RefundReason.DAMAGED, "the lid is cracked", withReturn, automatic);
    }

    /** The order's hold and the refund it opens from it in the same unit of work (approved at once when automatic). */
    private static Object[] openedBy(OrderRefundRequested hold) {
        RefundRequested requested = new RefundRequested(hold.refundId(), hold.orderId(), hold.customerId(), hold.paymentId(),
                hold.method(), hold.lines(), hold.amount(), hold.reason(), hold.note(), hold.withReturn());
        return hold.autoApproved()
                ? new Object[]{hold, requested, new RefundApproved(hold.refundId(), ORDER, hold.amount(), hold.amount(), false, true, null)}
                : new Object[]{hold, requested};
    }

    private static List<Object> paid() {
        return List.of(new OrderPlaced(ORDER, CartId.random(), LI_LEI, List.of(CHARGERS, LOCK, CABLE), TOTAL, DETAILS, null),
                new OrderAwaitingPayment(ORDER, PAYMENT), new OrderPaid(ORDER, PAYMENT));
    }

    /** Paid, shipped and delivered; the delivery stamped {@link #DELIVERED_AT}. */
    private static List<Object> delivered() {
        List<Object> events = new java.util.ArrayList<>(paid());
        events.add(new OrderShipped(ORDER, "SF Express", "SF1",
                new DeliveryWindow(LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 20))));
        events.add(new OrderDelivered(ORDER));
        return events;
    }

    @Test
    void a_delivered_order_within_its_window_holds_the_units_asked_for_priced_as_bought_and_waits_for_review() {
        RefundId refund = RefundId.random();
        fixture.givenCurrentTime(DELIVERED_AT).andGiven(delivered())
                .andGivenCurrentTime(DELIVERED_AT.plus(Duration.ofDays(6)))
                .when(ask(refund, true, item(CHARGERS, 1)), BY_LI_LEI)
                .expectEvents(openedBy(held(refund, true, false, units(CHARGERS, 1))))
                .expectResultMessagePayload(new RequestedRefund(refund, ORDER, RefundStatus.REQUESTED,
                        Money.of("199.00", "CNY"), List.of(units(CHARGERS, 1)), true));
    }

    @Test
    void a_refund_after_the_return_window_is_refused_saying_when_it_closed() {
        fixture.givenCurrentTime(DELIVERED_AT).andGiven(delivered())
                .andGivenCurrentTime(DELIVERED_AT.plus(Duration.ofDays(7)).plusSeconds(1))
                .when(ask(RefundId.random(), false, item(CHARGERS, 1)), BY_LI_LEI)
                .expectException(refusal(UNPROCESSABLE, "return-window-closed"))
                .expectExceptionMessage(allOf(containsString("was delivered on 2026-11-20"),
                        containsString("refunds are accepted for 7 days after delivery, until 2026-11-27")))
                .expectNoEvents();
    }

    @Test
    void a_shipped_order_is_refunded_only_once_it_is_delivered() {
        List<Object> shipped = delivered().subList(0, 4);
        fixture.given(shipped)
                .when(ask(RefundId.random(), false, item(CHARGERS, 1)), BY_LI_LEI)
                .expectException(refusal(UNPROCESSABLE, "refund-awaiting-delivery"))
                .expectExceptionMessage(containsString("refuse the parcel at the door"))
                .expectNoEvents();
    }

    @Test
    void a_small_refund_of_an_order_not_yet_shipped_needs_no_review() {
        RefundId refund = RefundId.random();
        fixture.given(paid())
                .when(ask(refund, false, item(CABLE, 1)), BY_LI_LEI)
                .expectEvents(openedBy(held(refund, false, true, units(CABLE, 1))))
                .expectResultMessagePayload(new RequestedRefund(refund, ORDER, RefundStatus.PAYING_OUT,
                        Money.of("59.00", "CNY"), List.of(units(CABLE, 1)), false));
    }

    @Test
    void a_refund_of_100_or_more_or_of_a_delivered_order_is_reviewed() {
        RefundId large = RefundId.random();
        fixture.given(paid())
                .when(ask(large, false, item(CHARGERS, 1)), BY_LI_LEI)
                .expectEvents(openedBy(held(large, false, false, units(CHARGERS, 1))));
        RefundId small = RefundId.random();
        fixture.givenCurrentTime(DELIVERED_AT).andGiven(delivered())
                .when(ask(small, false, item(CABLE, 1)), BY_LI_LEI)
                .expectEvents(openedBy(held(small, false, false, units(CABLE, 1))));
    }

    @Test
    void goods_not_yet_delivered_cannot_be_sent_back() {
        fixture.given(paid())
                .when(ask(RefundId.random(), true, item(CHARGERS, 1)), BY_LI_LEI)
                .expectException(refusal(UNPROCESSABLE, "nothing-to-return"))
                .expectNoEvents();
    }

    @Test
    void the_whole_order_is_every_unit_no_refund_has_taken_or_holds() {
        RefundId earlier = RefundId.random();
        RefundId rest = RefundId.random();
        fixture.given(paid()).andGiven(held(earlier, false, false, units(CHARGERS, 1)))
                .when(new RequestRefund(ORDER, rest, List.of(), RefundReason.CHANGED_MIND, null, false), BY_LI_LEI)
                .expectEvents(openedBy(new OrderRefundRequested(ORDER, rest, LI_LEI, PAYMENT, PaymentProvider.ALIPAY,
                        List.of(units(CHARGERS, 1), units(LOCK, 1), units(CABLE, 1)), Money.of("1157.50", "CNY"),
                        RefundReason.CHANGED_MIND, null, false, false)));
    }

    @Test
    void never_more_units_of_a_line_than_were_bought_minus_those_refunded_or_held() {
        fixture.given(paid()).andGiven(held(RefundId.random(), false, false, units(CHARGERS, 2)))
                .when(ask(RefundId.random(), false, item(CHARGERS, 1)), BY_LI_LEI)
                .expectException(refusal(UNPROCESSABLE, "refund-exceeds-remainder"))
                .expectExceptionMessage(containsString("no of the 2 units of line " + CHARGERS.lineId()))
                .expectNoEvents();
        RefundId first = RefundId.random();
        fixture.given(paid()).andGiven(held(first, false, false, units(CHARGERS, 1)),
                        new OrderRefunded(ORDER, first, Money.of("199.00", "CNY"), List.of(units(CHARGERS, 1)),
                                Money.of("199.00", "CNY"), OrderRefundState.PARTIALLY_REFUNDED))
                .when(ask(RefundId.random(), false, item(CHARGERS, 2)), BY_LI_LEI)
                .expectException(refusal(UNPROCESSABLE, "refund-exceeds-remainder"))
                .expectNoEvents();
    }

    @Test
    void a_second_request_racing_the_first_finds_its_units_held_and_is_refused() {
        RefundId first = RefundId.random();
        fixture.given(paid())
                .when(ask(first, false, item(LOCK, 1)), BY_LI_LEI)
                .expectEvents(openedBy(held(first, false, false, units(LOCK, 1))));
        fixture.given(paid()).andGiven(held(first, false, false, units(LOCK, 1)))
                .when(ask(RefundId.random(), false, item(LOCK, 1)), BY_LI_LEI)
                .expectException(refusal(UNPROCESSABLE, "refund-exceeds-remainder"))
                .expectNoEvents();
    }

    @Test
    void a_line_the_order_does_not_have_is_refused_naming_it() {
        fixture.given(paid())
                .when(ask(RefundId.random(), false, item(CABLE, 1), new RefundItem(CartItemId.random(), new Quantity(1))),
                        BY_LI_LEI)
                .expectException(refusal(UNPROCESSABLE, "unknown-order-line"))
                .expectNoEvents();
    }

    @Test
    void nothing_is_left_once_everything_paid_is_refunded() {
        RefundId all = RefundId.random();
        List<RefundLine> everything = List.of(units(CHARGERS, 2), units(LOCK, 1), units(CABLE, 1));
        fixture.given(paid()).andGiven(held(all, false, false, everything.toArray(RefundLine[]::new)),
                        new OrderRefunded(ORDER, all, TOTAL, everything, TOTAL, OrderRefundState.FULLY_REFUNDED))
                .when(new RequestRefund(ORDER, RefundId.random(), List.of(), RefundReason.OTHER, null, false), BY_LI_LEI)
                .expectException(refusal(UNPROCESSABLE, "nothing-left-to-refund"))
                .expectNoEvents();
    }

    @Test
    void money_freed_by_a_smaller_approval_cannot_be_claimed_twice_but_is_left_for_the_other_units() {
        RefundId chargers = RefundId.random();
        RefundId rest = RefundId.random();
        fixture.given(paid()).andGiven(held(chargers, false, false, units(CHARGERS, 2)),
                        new OrderRefundHoldReduced(ORDER, chargers, Money.of("300.00", "CNY"), Money.of("98.00", "CNY")))
                .when(new RequestRefund(ORDER, rest, List.of(), RefundReason.OTHER, null, false), BY_LI_LEI)
                .expectEvents(openedBy(new OrderRefundRequested(ORDER, rest, LI_LEI, PAYMENT, PaymentProvider.ALIPAY,
                        List.of(units(LOCK, 1), units(CABLE, 1)), Money.of("958.50", "CNY"), RefundReason.OTHER, null,
                        false, false)));
    }

    @Test
    void only_the_owner_may_ask_and_only_with_a_reason_of_their_own() {
        fixture.given(paid())
                .when(ask(RefundId.random(), false, item(CABLE, 1)), Map.of(CallerMetaData.ACCOUNT_ID, CustomerId.random().toString()))
                .expectException(refusal(NOT_FOUND, "not-found"))
                .expectNoEvents();
        fixture.given(paid())
                .when(new RequestRefund(ORDER, RefundId.random(), List.of(), RefundReason.ORDER_CANCELLED, null, false), BY_LI_LEI)
                .expectException(refusal(UNPROCESSABLE, "invalid-refund-reason"))
                .expectNoEvents();
    }

    @Test
    void an_unpaid_or_closed_order_has_nothing_to_refund() {
        fixture.given(paid().subList(0, 2))
                .when(ask(RefundId.random(), false, item(CABLE, 1)), BY_LI_LEI)
                .expectException(refusal(CONFLICT, "order-not-paid"));
        fixture.given(paid()).andGiven(new OrderCancelled(ORDER, CancellationReason.BACK_OFFICE, true))
                .when(ask(RefundId.random(), false, item(CABLE, 1)), BY_LI_LEI)
                .expectException(refusal(CONFLICT, "order-not-refundable"));
    }

    @Test
    void approving_less_frees_the_difference_once() {
        RefundId refund = RefundId.random();
        fixture.given(paid()).andGiven(held(refund, false, false, units(CHARGERS, 2)))
                .when(new ReduceRefundHold(ORDER, refund, Money.of("300.00", "CNY")))
                .expectEvents(new OrderRefundHoldReduced(ORDER, refund, Money.of("300.00", "CNY"), Money.of("98.00", "CNY")));
        fixture.given(paid()).andGiven(held(refund, false, false, units(CHARGERS, 2)),
                        new OrderRefundHoldReduced(ORDER, refund, Money.of("300.00", "CNY"), Money.of("98.00", "CNY")))
                .when(new ReduceRefundHold(ORDER, refund, Money.of("300.00", "CNY")))
                .expectNoEvents();
    }

    @Test
    void a_refund_that_ends_without_money_frees_all_it_held_once() {
        RefundId refund = RefundId.random();
        fixture.given(paid()).andGiven(held(refund, false, false, units(CHARGERS, 2)))
                .when(new ReleaseRefundHold(ORDER, refund, "rejected"))
                .expectEvents(new OrderRefundReleased(ORDER, refund, Money.of("398.00", "CNY"), "rejected"));
        fixture.given(paid()).andGiven(held(refund, false, false, units(CHARGERS, 2)),
                        new OrderRefundReleased(ORDER, refund, Money.of("398.00", "CNY"), "rejected"))
                .when(ask(RefundId.random(), false, item(CHARGERS, 2)), BY_LI_LEI)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_paid_out_refund_makes_the_order_partially_then_fully_refunded_and_counts_once() {
        RefundId chargers = RefundId.random();
        RefundId rest = RefundId.random();
        fixture.given(paid()).andGiven(held(chargers, false, false, units(CHARGERS, 2)))
                .when(new RecordOrderRefund(ORDER, chargers, Money.of("398.00", "CNY")))
                .expectEvents(new OrderRefunded(ORDER, chargers, Money.of("398.00", "CNY"), List.of(units(CHARGERS, 2)),
                        Money.of("398.00", "CNY"), OrderRefundState.PARTIALLY_REFUNDED));
        List<Object> firstRefunded = List.of(held(chargers, false, false, units(CHARGERS, 2)),
                new OrderRefunded(ORDER, chargers, Money.of("398.00", "CNY"), List.of(units(CHARGERS, 2)),
                        Money.of("398.00", "CNY"), OrderRefundState.PARTIALLY_REFUNDED));
        fixture.given(paid()).andGiven(firstRefunded).andGiven(held(rest, false, false, units(LOCK, 1), units(CABLE, 1)))
                .when(new RecordOrderRefund(ORDER, rest, Money.of("958.50", "CNY")))
                .expectEvents(new OrderRefunded(ORDER, rest, Money.of("958.50", "CNY"), List.of(units(LOCK, 1), units(CABLE, 1)),
                        TOTAL, OrderRefundState.FULLY_REFUNDED));
        fixture.given(paid()).andGiven(firstRefunded)
                .when(new RecordOrderRefund(ORDER, chargers, Money.of("398.00", "CNY")))
                .expectNoEvents();
    }

    @Test
    void a_refund_never_counts_more_than_the_order_held_for_it() {
        RefundId refund = RefundId.random();
        fixture.given(paid()).andGiven(held(refund, false, false, units(CABLE, 1)))
                .when(new RecordOrderRefund(ORDER, refund, Money.of("59.01", "CNY")))
                .expectException(refusal(CONFLICT, "refund-exceeds-hold"))
                .expectNoEvents();
    }

    @Test
    void cancelling_a_paid_order_refunds_everything_left_without_review() {
        RefundId chargers = RefundId.random();
        fixture.given(paid()).andGiven(held(chargers, false, false, units(CHARGERS, 1)),
                        new OrderRefunded(ORDER, chargers, Money.of("199.00", "CNY"), List.of(units(CHARGERS, 1)),
                                Money.of("199.00", "CNY"), OrderRefundState.PARTIALLY_REFUNDED))
                .when(new CancelOrder(ORDER, CancellationReason.CUSTOMER_REQUEST), BY_LI_LEI)
                .expectEvents(new OrderCancelled(ORDER, CancellationReason.CUSTOMER_REQUEST, true),
                        new OrderRefundRequested(ORDER, RefundId.forCancellationOf(ORDER), LI_LEI, PAYMENT, PaymentProvider.ALIPAY,
                                List.of(units(CHARGERS, 1), units(LOCK, 1), units(CABLE, 1)), Money.of("1157.50", "CNY"),
                                RefundReason.ORDER_CANCELLED, null, false, true),
                        new RefundRequested(RefundId.forCancellationOf(ORDER), ORDER, LI_LEI, PAYMENT, PaymentProvider.ALIPAY,
                                List.of(units(CHARGERS, 1), units(LOCK, 1), units(CABLE, 1)), Money.of("1157.50", "CNY"),
                                RefundReason.ORDER_CANCELLED, null, false),
                        new RefundApproved(RefundId.forCancellationOf(ORDER), ORDER, Money.of("1157.50", "CNY"),
                                Money.of("1157.50", "CNY"), false, true, null));
    }

    @Test
    void cancelling_an_unpaid_order_refunds_nothing() {
        fixture.given(paid().subList(0, 2))
                .when(new CancelOrder(ORDER, CancellationReason.CUSTOMER_REQUEST), BY_LI_LEI)
                .expectEvents(new OrderCancelled(ORDER, CancellationReason.CUSTOMER_REQUEST, false));
    }
}
