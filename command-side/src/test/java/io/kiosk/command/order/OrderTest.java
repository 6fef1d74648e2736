package io.kiosk.command.order;

import io.kiosk.api.cart.CartId;
import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.delivery.DeliveryWindow;
import io.kiosk.api.order.AwaitOrderPayment;
import io.kiosk.api.order.CancelOrder;
import io.kiosk.api.order.CancellationReason;
import io.kiosk.api.order.ConfirmOrderDelivery;
import io.kiosk.api.order.ConfirmOrderPayment;
import io.kiosk.api.order.ExpireOrder;
import io.kiosk.api.order.OrderAwaitingPayment;
import io.kiosk.api.order.OrderCancelled;
import io.kiosk.api.order.OrderDelivered;
import io.kiosk.api.order.OrderExpired;
import io.kiosk.api.order.OrderFulfilmentStarted;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderPaid;
import io.kiosk.api.order.OrderRefundRequested;
import io.kiosk.api.order.OrderShipped;
import io.kiosk.api.order.OrderStatus;
import io.kiosk.api.order.ShipOrder;
import io.kiosk.api.order.StartOrderFulfilment;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.command.identity.CallerMetaData;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundId;
import io.kiosk.api.refund.RefundLine;
import io.kiosk.api.refund.RefundApproved;
import io.kiosk.api.refund.RefundReason;
import io.kiosk.api.refund.RefundRequested;
import io.kiosk.command.RuleViolation;
import io.kiosk.command.refund.RefundRules;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;

class OrderTest {

    private static final OrderId ORDER = OrderId.random();
    private static final CartId CART = CartId.random();
    private static final CustomerId CUSTOMER = CustomerId.random();
    private static final Map<String, ?> BY_CUSTOMER = Map.of(CallerMetaData.ACCOUNT_ID, CUSTOMER.toString());
    private static final PaymentId PAYMENT = PaymentId.random();
    private static final DeliveryWindow ETA = new DeliveryWindow(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3));

    private FixtureConfiguration<Order> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Order.class);
        fixture.registerInjectableResource(new RefundRules(Duration.ofDays(7), null, Clock.systemUTC()));
    }

    private static OrderLine line(String product, int quantity, String price) {
        return new OrderLine(CartItemId.random(), new ProductId(product),
                new ChosenOptions(Map.of("service", "gold")), new Quantity(quantity), Money.of(price, "CNY"), null, null);
    }

    private static final OrderLine ONE_CHARGER = line("ks-charger-pro", 1, "199.00");

    private static OrderPlaced placed() {
        return new OrderPlaced(ORDER, CART, CUSTOMER, List.of(ONE_CHARGER), Money.of("199.00", "CNY"), null, null);
    }

    private static Object[] paid() {
        return new Object[]{placed(), new OrderAwaitingPayment(ORDER, PAYMENT), new OrderPaid(ORDER, PAYMENT)};
    }

    @Test
    void a_placed_order_awaits_its_payment_once_however_often_it_is_told() {
        fixture.given(placed())
                .when(new AwaitOrderPayment(ORDER, PAYMENT))
                .expectEvents(new OrderAwaitingPayment(ORDER, PAYMENT))
                .expectResultMessagePayload(OrderStatus.AWAITING_PAYMENT);
        fixture.given(placed(), new OrderAwaitingPayment(ORDER, PAYMENT))
                .when(new AwaitOrderPayment(ORDER, PAYMENT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(OrderStatus.AWAITING_PAYMENT);
    }

    @Test
    void an_order_that_costs_nothing_is_paid_as_soon_as_its_goods_are_held() {
        OrderLine free = line("ks-sample", 1, "0.00");
        fixture.given(new OrderPlaced(ORDER, CART, CUSTOMER, List.of(free), Money.of("0.00", "CNY"), null, null))
                .when(new AwaitOrderPayment(ORDER, PAYMENT))
                .expectEvents(new OrderPaid(ORDER, PAYMENT))
                .expectResultMessagePayload(OrderStatus.PAID);
    }

    @Test
    void an_order_cancelled_before_its_goods_were_held_says_so_instead_of_awaiting_payment() {
        fixture.given(placed(), new OrderCancelled(ORDER, CancellationReason.CUSTOMER_REQUEST, false))
                .when(new AwaitOrderPayment(ORDER, PAYMENT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(OrderStatus.CANCELLED);
    }

    @Test
    void an_order_is_paid_once_however_often_the_payment_is_confirmed() {
        fixture.given(placed(), new OrderAwaitingPayment(ORDER, PAYMENT))
                .when(new ConfirmOrderPayment(ORDER, PAYMENT))
                .expectEvents(new OrderPaid(ORDER, PAYMENT));
        fixture.given(paid())
                .when(new ConfirmOrderPayment(ORDER, PAYMENT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_cancelled_or_expired_order_is_not_paid_and_says_where_it_stands() {
        fixture.given(placed(), new OrderExpired(ORDER))
                .when(new ConfirmOrderPayment(ORDER, PAYMENT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(OrderStatus.EXPIRED);
        fixture.given(placed(), new OrderCancelled(ORDER, CancellationReason.OUT_OF_STOCK, false))
                .when(new ConfirmOrderPayment(ORDER, PAYMENT))
                .expectNoEvents()
                .expectResultMessagePayload(OrderStatus.CANCELLED);
    }

    @Test
    void the_back_office_picks_a_paid_order_and_ships_it_with_its_carrier_and_tracking_number() {
        fixture.given(paid())
                .when(new StartOrderFulfilment(ORDER))
                .expectEvents(new OrderFulfilmentStarted(ORDER));
        fixture.given(paid()).andGiven(new OrderFulfilmentStarted(ORDER))
                .when(new ShipOrder(ORDER, "SF Express", "SF1234567890", ETA))
                .expectEvents(new OrderShipped(ORDER, "SF Express", "SF1234567890", ETA));
    }

    @Test
    void starting_fulfilment_twice_records_it_once() {
        fixture.given(paid()).andGiven(new OrderFulfilmentStarted(ORDER))
                .when(new StartOrderFulfilment(ORDER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void nothing_is_picked_or_shipped_before_it_is_paid() {
        for (Object command : List.of(new StartOrderFulfilment(ORDER), new ShipOrder(ORDER, "SF Express", "SF1", ETA))) {
            fixture.given(placed(), new OrderAwaitingPayment(ORDER, PAYMENT))
                    .when(command)
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(containsString("is awaiting payment and cannot"))
                    .expectNoEvents();
        }
    }

    @Test
    void a_shipped_order_is_delivered_once() {
        fixture.given(paid()).andGiven(new OrderShipped(ORDER, "SF Express", "SF1", ETA))
                .when(new ConfirmOrderDelivery(ORDER))
                .expectEvents(new OrderDelivered(ORDER));
        fixture.given(paid()).andGiven(new OrderShipped(ORDER, "SF Express", "SF1", ETA), new OrderDelivered(ORDER))
                .when(new ConfirmOrderDelivery(ORDER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void an_order_is_delivered_only_after_it_shipped() {
        fixture.given(paid())
                .when(new ConfirmOrderDelivery(ORDER))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("order " + ORDER + " is paid and cannot be delivered")
                .expectNoEvents();
    }

    @Test
    void the_customer_cancels_their_own_order_before_it_ships() {
        fixture.given(placed(), new OrderAwaitingPayment(ORDER, PAYMENT))
                .when(new CancelOrder(ORDER, CancellationReason.CUSTOMER_REQUEST), BY_CUSTOMER)
                .expectEvents(new OrderCancelled(ORDER, CancellationReason.CUSTOMER_REQUEST, false));
        fixture.given(paid()).andGiven(new OrderFulfilmentStarted(ORDER))
                .when(new CancelOrder(ORDER, CancellationReason.CUSTOMER_REQUEST), BY_CUSTOMER)
                .expectEvents(new OrderCancelled(ORDER, CancellationReason.CUSTOMER_REQUEST, true),
                        new OrderRefundRequested(ORDER, RefundId.forCancellationOf(ORDER), CUSTOMER, PAYMENT, null,
                                List.of(new RefundLine(ONE_CHARGER.lineId(), ONE_CHARGER.productId(), ONE_CHARGER.quantity(),
                                        ONE_CHARGER.unitPrice())),
                                Money.of("199.00", "CNY"), RefundReason.ORDER_CANCELLED, null, false, true),
                        new RefundRequested(RefundId.forCancellationOf(ORDER), ORDER, CUSTOMER, PAYMENT, null,
                                List.of(new RefundLine(ONE_CHARGER.lineId(), ONE_CHARGER.productId(), ONE_CHARGER.quantity(),
                                        ONE_CHARGER.unitPrice())),
                                Money.of("199.00", "CNY"), RefundReason.ORDER_CANCELLED, null, false),
                        new RefundApproved(RefundId.forCancellationOf(ORDER), ORDER, Money.of("199.00", "CNY"),
                                Money.of("199.00", "CNY"), false, true, null));
    }

    @Test
    void another_customer_finds_no_such_order_to_cancel() {
        fixture.given(placed())
                .when(new CancelOrder(ORDER, CancellationReason.CUSTOMER_REQUEST),
                        Map.of(CallerMetaData.ACCOUNT_ID, CustomerId.random().toString()))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("nothing exists with id " + ORDER)
                .expectNoEvents();
    }

    @Test
    void nothing_is_cancelled_after_it_shipped() {
        fixture.given(paid()).andGiven(new OrderShipped(ORDER, "SF Express", "SF1", ETA))
                .when(new CancelOrder(ORDER, CancellationReason.CUSTOMER_REQUEST), BY_CUSTOMER)
                .expectException(RuleViolation.class)
                .expectExceptionMessage("order " + ORDER + " has shipped and can no longer be cancelled")
                .expectNoEvents();
    }

    @Test
    void cancelling_again_or_after_expiry_changes_nothing() {
        fixture.given(placed(), new OrderCancelled(ORDER, CancellationReason.PAYMENT_FAILED, false))
                .when(new CancelOrder(ORDER, CancellationReason.OUT_OF_STOCK))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(placed(), new OrderExpired(ORDER))
                .when(new CancelOrder(ORDER, CancellationReason.PAYMENT_FAILED))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void an_unpaid_order_expires_once() {
        fixture.given(placed(), new OrderAwaitingPayment(ORDER, PAYMENT))
                .when(new ExpireOrder(ORDER))
                .expectEvents(new OrderExpired(ORDER));
        fixture.given(placed(), new OrderExpired(ORDER))
                .when(new ExpireOrder(ORDER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_paid_order_never_expires_and_says_it_is_paid() {
        fixture.given(paid())
                .when(new ExpireOrder(ORDER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(OrderStatus.PAID);
    }
}
