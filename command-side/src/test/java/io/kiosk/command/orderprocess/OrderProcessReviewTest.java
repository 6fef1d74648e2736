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
import io.kiosk.api.inventory.ReleaseStock;
import io.kiosk.api.inventory.ReserveStock;
import io.kiosk.api.inventory.StockItemId;
import io.kiosk.api.order.CancelOrder;
import io.kiosk.api.order.CancellationReason;
import io.kiosk.api.order.CheckoutDetails;
import io.kiosk.api.order.Contact;
import io.kiosk.api.order.ExpireOrder;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.payment.CancelPayment;
import io.kiosk.api.payment.PaymentAction;
import io.kiosk.api.payment.PaymentFailed;
import io.kiosk.api.payment.PaymentHeldForReview;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.api.pricing.Money;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * A 25 000 CNY order whose payment the risk check holds: the order waits for the back office (up to the review
 * window), not for the customer, but keeps its stock only for the held-stock time, and holds it again on approval;
 * after approval the usual payment deadline runs; a rejection cancels the order.
 */
class OrderProcessReviewTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(15);
    private static final Duration REVIEW = Duration.ofHours(24);
    private static final Duration HELD_STOCK = Duration.ofMinutes(30);
    private static final OrderId ORDER = OrderId.random();
    private static final CustomerId CUSTOMER = CustomerId.random();
    private static final PaymentId PAYMENT = new PaymentId(UUID.nameUUIDFromBytes(("payment:" + ORDER).getBytes(StandardCharsets.UTF_8)));
    private static final StockItemId SOFAS = new StockItemId("ks-office-sofa/colour=grey");
    private static final OrderLine SOFA_LINE = new OrderLine(CartItemId.random(), new ProductId("ks-office-sofa"),
            ChosenOptions.none(), new Quantity(1), Money.of("25000.00", "CNY"), SOFAS, null);
    private static final Money TOTAL = Money.of("25000.00", "CNY");
    private static final CheckoutDetails DETAILS = new CheckoutDetails(
            new DeliveryAddress("Li Lei", new PhoneNumber("+8613800138000"), "1 Nanjing Road", null, "Shanghai",
                    "Shanghai", "200001", "CN"),
            new Contact("Li Lei", new PhoneNumber("+8613800138000"), new EmailAddress("li.lei@example.com")),
            PaymentProvider.ALIPAY, "SH");
    private static final PaymentHeldForReview HELD = new PaymentHeldForReview(PAYMENT, ORDER, CUSTOMER, PaymentProvider.ALIPAY,
            TOTAL, "Kiosk order " + ORDER, List.of("amount-above-threshold"));
    private static final PaymentRequested APPROVED_AND_REQUESTED = new PaymentRequested(PAYMENT, ORDER, CUSTOMER,
            PaymentProvider.ALIPAY, TOTAL, new PaymentAction(PaymentAction.Kind.REDIRECT, "https://openapi.alipay.com/gateway.do?x=1"));

    private SagaTestFixture<OrderProcess> fixture;
    private AggregateAnswers answers;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(OrderProcess.class);
        fixture.registerResource(new OrderProcessProperties(TIMEOUT, REVIEW, HELD_STOCK));
        answers = AggregateAnswers.givenTo(fixture);
    }

    private static OrderPlaced placed() {
        return new OrderPlaced(ORDER, CartId.random(), CUSTOMER, List.of(SOFA_LINE), TOTAL, DETAILS, null);
    }

    private static ReleaseStock release() {
        return new ReleaseStock(SOFAS, LineReservation.of(ORDER, SOFA_LINE).reservationId());
    }

    /** The sofa held again after its first reservation was released during the review. */
    private static LineReservation heldAgain() {
        return LineReservation.of(ORDER, SOFA_LINE).again();
    }

    @Test
    void a_held_payment_trades_the_payment_deadline_for_the_review_window() {
        fixture.givenAPublished(placed())
                .whenPublishingA(HELD)
                .expectNoDispatchedCommands()
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(REVIEW, OrderProcess.PAYMENT_DEADLINE)
                .expectScheduledDeadlineWithName(HELD_STOCK, OrderProcess.HELD_STOCK_DEADLINE)
                .expectNoScheduledDeadlineWithName(TIMEOUT, OrderProcess.PAYMENT_DEADLINE);
    }

    @Test
    void a_held_payments_stock_goes_back_on_the_shelf_after_the_held_stock_time_while_the_order_waits() {
        fixture.givenAPublished(placed()).andThenAPublished(HELD)
                .whenTimeElapses(HELD_STOCK.plusMinutes(1))
                .expectDispatchedCommands(release())
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(REVIEW.minus(HELD_STOCK.plusMinutes(1)), OrderProcess.PAYMENT_DEADLINE);
    }

    @Test
    void an_approval_after_the_stock_went_back_holds_it_again_before_the_customer_pays() throws Exception {
        fixture.givenAPublished(placed()).andThenAPublished(HELD).andThenTimeElapses(HELD_STOCK.plusMinutes(1))
                .whenPublishingA(APPROVED_AND_REQUESTED)
                .expectDispatchedCommands(new ReserveStock(SOFAS, heldAgain().reservationId(), SOFA_LINE.quantity()))
                .expectScheduledDeadlineWithName(TIMEOUT, OrderProcess.PAYMENT_DEADLINE)
                .expectNoScheduledDeadlineWithName(REVIEW, OrderProcess.PAYMENT_DEADLINE);
    }

    @Test
    void an_approval_after_the_goods_went_to_others_cancels_the_payment_and_the_order() throws Exception {
        answers.answer(ReserveStock.class, reserve -> reserve.reservationId().equals(heldAgain().reservationId())
                ? AggregateAnswers.refused(reserve, "insufficient-stock") : AggregateAnswers.held(reserve));
        fixture.givenAPublished(placed()).andThenAPublished(HELD).andThenTimeElapses(HELD_STOCK.plusMinutes(1))
                .whenPublishingA(APPROVED_AND_REQUESTED)
                .expectDispatchedCommands(new ReserveStock(SOFAS, heldAgain().reservationId(), SOFA_LINE.quantity()),
                        new CancelPayment(PAYMENT, "out-of-stock"), new CancelOrder(ORDER, CancellationReason.OUT_OF_STOCK))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void an_approval_within_the_held_stock_time_keeps_the_stock_it_holds() {
        fixture.givenAPublished(placed()).andThenAPublished(HELD)
                .whenPublishingA(APPROVED_AND_REQUESTED)
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlineWithName(HELD_STOCK, OrderProcess.HELD_STOCK_DEADLINE);
    }

    @Test
    void an_order_whose_payment_is_held_does_not_expire_when_the_payment_timeout_passes() {
        fixture.givenAPublished(placed()).andThenAPublished(HELD)
                .whenTimeElapses(TIMEOUT.plusMinutes(1))
                .expectNoDispatchedCommands()
                .expectActiveSagas(1);
    }

    @Test
    void a_review_that_never_comes_expires_the_order_and_cancels_the_held_payment() {
        fixture.givenAPublished(placed()).andThenAPublished(HELD)
                .whenTimeElapses(REVIEW.plusMinutes(1))
                .expectDispatchedCommands(release(), new ExpireOrder(ORDER), new CancelPayment(PAYMENT, "order-expired"))
                .expectActiveSagas(0);
    }

    @Test
    void an_approved_payment_asked_of_the_provider_gets_the_usual_payment_deadline_again() {
        fixture.givenAPublished(placed()).andThenAPublished(HELD)
                .whenPublishingA(APPROVED_AND_REQUESTED)
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(TIMEOUT, OrderProcess.PAYMENT_DEADLINE)
                .expectNoScheduledDeadlineWithName(REVIEW, OrderProcess.PAYMENT_DEADLINE);
    }

    @Test
    void a_payment_asked_of_the_provider_without_a_review_keeps_its_first_deadline() {
        fixture.givenAPublished(placed())
                .whenPublishingA(APPROVED_AND_REQUESTED)
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(TIMEOUT, OrderProcess.PAYMENT_DEADLINE);
    }

    @Test
    void a_rejected_payment_cancels_the_order_and_releases_its_stock() {
        fixture.givenAPublished(placed()).andThenAPublished(HELD)
                .whenPublishingA(new PaymentFailed(PAYMENT, ORDER, "risk-rejected", "the customer could not be reached"))
                .expectDispatchedCommands(release(), new CancelOrder(ORDER, CancellationReason.PAYMENT_FAILED))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }
}
