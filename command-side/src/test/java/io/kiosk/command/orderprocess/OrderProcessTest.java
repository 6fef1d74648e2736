package io.kiosk.command.orderprocess;

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
import io.kiosk.api.inventory.CommitStock;
import io.kiosk.api.inventory.ReleaseStock;
import io.kiosk.api.inventory.ReserveStock;
import io.kiosk.api.inventory.StockItemId;
import io.kiosk.api.order.AwaitOrderPayment;
import io.kiosk.api.order.CancelOrder;
import io.kiosk.api.order.CancellationReason;
import io.kiosk.api.order.CheckoutDetails;
import io.kiosk.api.order.ConfirmOrderPayment;
import io.kiosk.api.order.Contact;
import io.kiosk.api.order.ExpireOrder;
import io.kiosk.api.order.OrderCancelled;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.order.OrderStatus;
import io.kiosk.api.payment.CancelPayment;
import io.kiosk.api.payment.PaymentCancelled;
import io.kiosk.api.payment.PaymentFailed;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.payment.PaymentSucceeded;
import io.kiosk.api.payment.RequestPayment;
import io.kiosk.api.pricing.Money;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every branch of the order process, given → when → expect, with the payment deadline on a stub clock. The process
 * branches on what its commands answer (the stock's reservation, the order's status) and on events, never on
 * exceptions: each test says what the aggregates answer.
 */
class OrderProcessTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(15);
    private static final OrderId ORDER = OrderId.random();
    private static final CustomerId CUSTOMER = CustomerId.random();
    private static final PaymentId PAYMENT = new PaymentId(UUID.nameUUIDFromBytes(("payment:" + ORDER).getBytes(StandardCharsets.UTF_8)));
    private static final StockItemId CHARGERS = new StockItemId("ks-charger-pro/colour=graphite;size=L");
    private static final StockItemId LOCKS = new StockItemId("ks-smart-lock/");
    private static final OrderLine CHARGER_LINE = line("ks-charger-pro", CHARGERS, 2, "199.00");
    private static final OrderLine LOCK_LINE = line("ks-smart-lock", LOCKS, 1, "899.50");
    private static final Money TOTAL = Money.of("1297.50", "CNY");
    private static final CheckoutDetails DETAILS = new CheckoutDetails(
            new DeliveryAddress("Li Lei", new PhoneNumber("+8613800138000"), "1 Nanjing Road", null, "Shanghai",
                    "Shanghai", "200001", "CN"),
            new Contact("Li Lei", new PhoneNumber("+8613800138000"), new EmailAddress("li.lei@example.com")),
            PaymentProvider.WECHAT_PAY, "SH");

    private SagaTestFixture<OrderProcess> fixture;
    private AggregateAnswers answers;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(OrderProcess.class);
        fixture.registerResource(new OrderProcessProperties(TIMEOUT));
        answers = AggregateAnswers.givenTo(fixture);
    }

    private static OrderLine line(String product, StockItemId stock, int quantity, String price) {
        return new OrderLine(CartItemId.random(), new ProductId(product), ChosenOptions.none(), new Quantity(quantity),
                Money.of(price, "CNY"), stock, null);
    }

    private static OrderPlaced placed(OrderLine... lines) {
        return new OrderPlaced(ORDER, CartId.random(), CUSTOMER, List.of(lines), TOTAL, DETAILS, null);
    }

    private static LineReservation held(OrderLine line) {
        return LineReservation.of(ORDER, line);
    }

    private static ReserveStock reserve(OrderLine line) {
        return new ReserveStock(line.stockItemId(), held(line).reservationId(), line.quantity());
    }

    private static ReleaseStock release(OrderLine line) {
        return new ReleaseStock(line.stockItemId(), held(line).reservationId());
    }

    private static CommitStock commit(OrderLine line) {
        return new CommitStock(line.stockItemId(), held(line).reservationId());
    }

    private static final RequestPayment PAYMENT_REQUEST = new RequestPayment(PAYMENT, ORDER, CUSTOMER,
            PaymentProvider.WECHAT_PAY, TOTAL, "Kiosk order " + ORDER, "SH", DETAILS.address(), AggregateAnswers.FIGURES);

    private static PaymentSucceeded paymentSucceeded() {
        return new PaymentSucceeded(PAYMENT, ORDER, PaymentProvider.WECHAT_PAY, TOTAL, "wx-4200001", Instant.now());
    }

    @Test
    void a_placed_order_has_every_line_reserved_then_its_payment_requested_with_the_customers_risk_figures_and_a_deadline() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(placed(CHARGER_LINE, LOCK_LINE))
                .expectActiveSagas(1)
                .expectAssociationWith("paymentId", PAYMENT.toString())
                .expectDispatchedCommands(reserve(CHARGER_LINE), reserve(LOCK_LINE),
                        new AwaitOrderPayment(ORDER, PAYMENT), PAYMENT_REQUEST)
                .expectScheduledDeadlineWithName(TIMEOUT, OrderProcess.PAYMENT_DEADLINE);
    }

    @Test
    void an_order_placed_again_is_not_reserved_or_charged_twice() {
        fixture.givenAPublished(placed(CHARGER_LINE))
                .whenPublishingA(placed(CHARGER_LINE))
                .expectActiveSagas(1)
                .expectNoDispatchedCommands();
    }

    @Test
    void a_successful_payment_pays_the_order_and_commits_its_stock() {
        fixture.givenAPublished(placed(CHARGER_LINE, LOCK_LINE))
                .whenPublishingA(paymentSucceeded())
                .expectDispatchedCommands(new ConfirmOrderPayment(ORDER, PAYMENT), commit(CHARGER_LINE), commit(LOCK_LINE))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void a_payment_reported_twice_is_applied_once() {
        fixture.givenAPublished(placed(CHARGER_LINE)).andThenAPublished(paymentSucceeded())
                .whenPublishingA(paymentSucceeded())
                .expectNoDispatchedCommands()
                .expectActiveSagas(0);
    }

    @Test
    void a_failed_payment_cancels_the_order_and_releases_every_line() {
        fixture.givenAPublished(placed(CHARGER_LINE, LOCK_LINE))
                .whenPublishingA(new PaymentFailed(PAYMENT, ORDER, "declined", "the card was declined"))
                .expectDispatchedCommands(release(CHARGER_LINE), release(LOCK_LINE),
                        new CancelOrder(ORDER, CancellationReason.PAYMENT_FAILED))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void a_trade_the_provider_closed_unpaid_counts_as_a_failed_payment() {
        fixture.givenAPublished(placed(CHARGER_LINE))
                .whenPublishingA(new PaymentCancelled(PAYMENT, ORDER, "trade-closed"))
                .expectDispatchedCommands(release(CHARGER_LINE), new CancelOrder(ORDER, CancellationReason.PAYMENT_FAILED))
                .expectActiveSagas(0);
    }

    @Test
    void an_unpaid_order_expires_at_the_deadline_releasing_its_stock_and_cancelling_the_payment() {
        fixture.givenAPublished(placed(CHARGER_LINE, LOCK_LINE))
                .whenTimeElapses(TIMEOUT)
                .expectTriggeredDeadlinesWithName(OrderProcess.PAYMENT_DEADLINE)
                .expectDispatchedCommands(new ExpireOrder(ORDER), release(CHARGER_LINE), release(LOCK_LINE),
                        new CancelPayment(PAYMENT, "order-expired"))
                .expectActiveSagas(0);
    }

    @Test
    void nothing_expires_before_the_deadline() {
        fixture.givenAPublished(placed(CHARGER_LINE))
                .whenTimeElapses(TIMEOUT.minusSeconds(1))
                .expectNoDispatchedCommands()
                .expectActiveSagas(1);
    }

    @Test
    void a_deadline_that_lost_the_race_to_the_payment_leaves_the_order_to_the_payment() {
        answers.answer(ExpireOrder.class, command -> OrderStatus.PAID);
        fixture.givenAPublished(placed(CHARGER_LINE))
                .whenTimeElapses(TIMEOUT)
                .expectDispatchedCommands(new ExpireOrder(ORDER))
                .expectActiveSagas(1);
    }

    @Test
    void a_line_the_stock_refuses_releases_what_was_reserved_and_cancels_the_order() {
        answers.answer(ReserveStock.class, command -> command.stockItemId().equals(LOCKS)
                ? AggregateAnswers.refused(command, "insufficient-stock") : AggregateAnswers.held(command));
        fixture.givenNoPriorActivity()
                .whenPublishingA(placed(CHARGER_LINE, LOCK_LINE))
                .expectDispatchedCommands(reserve(CHARGER_LINE), reserve(LOCK_LINE), release(CHARGER_LINE),
                        new CancelOrder(ORDER, CancellationReason.OUT_OF_STOCK))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void goods_nobody_keeps_stock_for_cancel_the_order_as_out_of_stock() {
        answers.answer(ReserveStock.class, command -> AggregateAnswers.refused(command, "unknown-stock-item"));
        fixture.givenNoPriorActivity()
                .whenPublishingA(placed(CHARGER_LINE))
                .expectDispatchedCommands(reserve(CHARGER_LINE), new CancelOrder(ORDER, CancellationReason.OUT_OF_STOCK))
                .expectActiveSagas(0);
    }

    @Test
    void a_line_without_a_stock_variant_is_a_configuration_error_that_cancels_the_order() {
        OrderLine unstocked = new OrderLine(CartItemId.random(), new ProductId("ks-old-line"), ChosenOptions.none(),
                new Quantity(1), Money.of("10.00", "CNY"), null, null);
        fixture.givenNoPriorActivity()
                .whenPublishingA(placed(CHARGER_LINE, unstocked))
                .expectDispatchedCommands(new CancelOrder(ORDER, CancellationReason.OUT_OF_STOCK))
                .expectActiveSagas(0);
    }

    @Test
    void the_customer_cancelling_before_payment_releases_the_stock_and_cancels_the_payment() {
        fixture.givenAPublished(placed(CHARGER_LINE, LOCK_LINE))
                .whenPublishingA(new OrderCancelled(ORDER, CancellationReason.CUSTOMER_REQUEST, false))
                .expectDispatchedCommands(release(CHARGER_LINE), release(LOCK_LINE),
                        new CancelPayment(PAYMENT, "order-cancelled"))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void an_order_cancelled_before_its_stock_was_held_asks_for_no_money() {
        answers.answer(AwaitOrderPayment.class, command -> OrderStatus.CANCELLED);
        fixture.givenNoPriorActivity()
                .whenPublishingA(placed(CHARGER_LINE))
                .expectDispatchedCommands(reserve(CHARGER_LINE), new AwaitOrderPayment(ORDER, PAYMENT), release(CHARGER_LINE))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void a_payment_that_arrives_after_the_order_closed_gives_the_stock_back() {
        answers.answer(ConfirmOrderPayment.class, command -> OrderStatus.CANCELLED);
        fixture.givenAPublished(placed(CHARGER_LINE))
                .whenPublishingA(paymentSucceeded())
                .expectDispatchedCommands(new ConfirmOrderPayment(ORDER, PAYMENT), release(CHARGER_LINE))
                .expectActiveSagas(0);
    }

    @Test
    void an_order_that_costs_nothing_is_paid_once_its_stock_is_held_without_a_payment() {
        answers.answer(AwaitOrderPayment.class, command -> OrderStatus.PAID);
        fixture.givenNoPriorActivity()
                .whenPublishingA(placed(CHARGER_LINE, LOCK_LINE))
                .expectDispatchedCommands(reserve(CHARGER_LINE), reserve(LOCK_LINE), new AwaitOrderPayment(ORDER, PAYMENT),
                        commit(CHARGER_LINE), commit(LOCK_LINE))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void a_payment_that_cannot_be_collected_fails_and_cancels_the_order_like_any_failed_payment() {
        fixture.givenAPublished(placed(CHARGER_LINE))
                .whenPublishingA(new PaymentFailed(PAYMENT, ORDER, "invalid-amount", "a payment collects an amount above zero"))
                .expectDispatchedCommands(release(CHARGER_LINE), new CancelOrder(ORDER, CancellationReason.PAYMENT_FAILED))
                .expectActiveSagas(0);
    }

    @Test
    void an_expiry_after_the_customer_cancelled_still_gives_back_what_the_order_held() {
        answers.answer(ExpireOrder.class, command -> OrderStatus.CANCELLED);
        fixture.givenAPublished(placed(CHARGER_LINE))
                .whenTimeElapses(TIMEOUT)
                .expectDispatchedCommands(new ExpireOrder(ORDER), release(CHARGER_LINE), new CancelPayment(PAYMENT, "order-expired"))
                .expectActiveSagas(0);
    }

    @Test
    void a_missing_payment_handler_fails_the_event_instead_of_leaving_the_order_hanging() {
        answers.answer(RequestPayment.class, command -> {
            throw new NoHandlerForCommandException("No handler for RequestPayment");
        });
        // as OrderProcessConfiguration has it: errors propagate, so the processor rolls back and retries
        fixture.registerListenerInvocationErrorHandler(PropagatingErrorHandler.instance());
        var given = fixture.givenNoPriorActivity();
        assertThatThrownBy(() -> given.whenPublishingA(placed(CHARGER_LINE)))
                .hasRootCauseInstanceOf(NoHandlerForCommandException.class);
    }

    @Test
    void events_of_other_orders_and_payments_are_not_its_business() {
        fixture.givenAPublished(placed(CHARGER_LINE))
                .whenPublishingA(new PaymentFailed(PaymentId.random(), OrderId.random(), "declined", "declined"))
                .expectNoDispatchedCommands()
                .expectActiveSagas(1)
                .expectAssociationWith("orderId", ORDER.toString());
    }

}
