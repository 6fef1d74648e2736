package io.kiosk.command.orderprocess;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.DeliveryAddress;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.inventory.CommitStock;
import io.kiosk.api.inventory.ReleaseStock;
import io.kiosk.api.inventory.ReserveStock;
import io.kiosk.api.order.AwaitOrderPayment;
import io.kiosk.api.order.CancelOrder;
import io.kiosk.api.order.CancellationReason;
import io.kiosk.api.order.ConfirmOrderPayment;
import io.kiosk.api.order.ExpireOrder;
import io.kiosk.api.order.OrderCancelled;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.order.OrderStatus;
import io.kiosk.api.payment.CancelPayment;
import io.kiosk.api.payment.PaymentCancelled;
import io.kiosk.api.payment.PaymentFailed;
import io.kiosk.api.payment.PaymentHeldForReview;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.api.payment.PaymentSucceeded;
import io.kiosk.api.payment.RequestPayment;
import io.kiosk.api.pricing.Money;
import io.kiosk.command.inventory.StockReservation;
import io.kiosk.command.risk.CustomerRiskFigures;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The order process: takes a placed order to paid, or closes it with nothing held.
 *
 * <p>Lifecycle. On {@link OrderPlaced} it reserves stock for every line, one reservation per line
 * (ids derived from the line, so retries apply once). A line without a stock variant, or one the
 * stock refuses (too few units, no such stock item: its answer and {@code StockReservationRefused} say so),
 * cancels the order as out of stock after the lines already reserved are released. With every line held, the
 * order is marked awaiting payment, the customer's risk figures are looked up ({@code CustomerRiskFigures}) and
 * the payment is requested with them (one method, the order total), and a deadline is set
 * ({@code kiosk.orders.payment-timeout}). An order that costs nothing is paid as soon as its stock is held: there is
 * no payment, its reservations are committed and the process ends. Then, whichever comes first:
 * <ul>
 *   <li>{@link PaymentSucceeded}: the order is paid and every reservation is committed (the goods
 *       leave with the order); the back office picks it up from there;</li>
 *   <li>{@link PaymentFailed} (or the provider closing the trade, {@link PaymentCancelled}): the
 *       order is cancelled (payment failed) and the stock released;</li>
 *   <li>the deadline: the order expires, the stock is released and the payment cancelled;</li>
 *   <li>{@link OrderCancelled} (the customer or the back office, before payment): the stock is
 *       released and the payment cancelled.</li>
 * </ul>
 * Each branch ends the saga, so no path leaves stock reserved or an order waiting for nothing.
 *
 * <p>A payment the risk check holds ({@link PaymentHeldForReview}) keeps the order awaiting payment: the
 * payment deadline gives way to the review window ({@code kiosk.orders.review-timeout}), so a review that
 * takes an afternoon does not expire the order. Its stock is kept only for {@code kiosk.orders.held-stock-timeout}
 * (30 minutes): a suspicious order must not keep goods from everyone else for a day, so after that the stock is
 * released while the order waits. Once the back office approves and the trade is open
 * ({@link PaymentRequested}), released lines are reserved again (under new reservation ids) and the normal payment
 * deadline runs again; if the goods went to others meanwhile, the payment is cancelled and the order cancelled as
 * out of stock. A rejection is a failed payment; a review that never comes expires the order like an unpaid one.
 *
 * <p>Commands go out with {@code sendAndWait} inside the saga's unit of work, and the process branches on what
 * they answer (the stock's {@code StockReservation}, the order's {@code OrderStatus}) and on the events that follow
 * (a payment that cannot be collected fails with {@link PaymentFailed}), never on exception classes, which do not
 * survive a trip between machines. No command it sends calls out of the application: the provider is asked by the
 * payment's adapter after the payment's events are stored. Anything else that fails (the database gone, a bug) fails
 * the event, which rolls back and is tried again; an event that keeps failing for a reason of its own is given up
 * after a few tries and recorded for the back office ({@code processing.StalledEvents}), so one order's failure
 * never holds up another's. Every handler first checks the step it expects, so an event delivered again changes
 * nothing. Saga state is stored as JSON by Axon's JDBC saga store, field by field.
 */
@Saga
@Revision("1")
@ProcessingGroup(OrderProcess.PROCESSING_GROUP)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class OrderProcess {

    static final String PROCESSING_GROUP = "order-process";
    static final String PAYMENT_DEADLINE = "payment-due";
    static final String HELD_STOCK_DEADLINE = "held-stock-due";

    private static final Logger log = LoggerFactory.getLogger(OrderProcess.class);

    /** Where the process stands. */
    enum Step { AWAITING_PAYMENT, CLOSED }

    @Autowired
    private transient CommandGateway commands;
    @Autowired
    private transient DeadlineManager deadlines;
    @Autowired
    private transient OrderProcessProperties settings;
    @Autowired
    private transient CustomerRiskFigures riskFigures;

    private OrderId orderId;
    private CustomerId customerId;
    private PaymentProvider paymentMethod;
    private String deliveryRegion;
    private DeliveryAddress deliveryAddress;
    private boolean heldForReview;
    private Money total;
    private List<LineReservation> reserved = new ArrayList<>();
    /** Lines whose stock went back while the payment waited for review, to be reserved again on approval. */
    private List<LineReservation> releasedDuringReview = new ArrayList<>();
    private PaymentId paymentId;
    private String deadlineId;
    private String heldStockDeadlineId;
    private Step step;

    @StartSaga
    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderPlaced event) {
        if (step != null) {
            return;
        }
        orderId = event.orderId();
        customerId = event.customerId();
        total = event.total();
        if (event.details() == null || event.lines().stream().anyMatch(line -> line.stockItemId() == null)) {
            log.error("order {} has lines without a stock variant or no checkout details: cancelled as out of stock", orderId);
            cancel(CancellationReason.OUT_OF_STOCK);
            return;
        }
        paymentMethod = event.details().paymentMethod();
        deliveryRegion = event.details().region();
        deliveryAddress = event.details().address();
        for (OrderLine line : event.lines()) {
            LineReservation reservation = LineReservation.of(orderId, line);
            StockReservation answer = commands.sendAndWait(new ReserveStock(reservation.stockItemId(),
                    reservation.reservationId(), reservation.quantity()));
            if (!answer.held()) {
                log.info("order {}: stock of {} refused ({}); the order is cancelled", orderId, reservation.stockItemId(),
                        answer.refusal());
                releaseStock();
                cancel(CancellationReason.OUT_OF_STOCK);
                return;
            }
            reserved.add(reservation);
        }
        requestPayment();
    }

    private void requestPayment() {
        paymentId = new PaymentId(UUID.nameUUIDFromBytes(("payment:" + orderId).getBytes(StandardCharsets.UTF_8)));
        OrderStatus status = commands.sendAndWait(new AwaitOrderPayment(orderId, paymentId));
        if (status == OrderStatus.PAID) {
            log.info("order {} costs nothing: paid without a payment, its stock goes with it", orderId);
            commitStock();
            close();
            return;
        }
        if (status != OrderStatus.AWAITING_PAYMENT) {
            // cancelled by the customer before its stock was held: nothing to pay for
            releaseStock();
            close();
            return;
        }
        SagaLifecycle.associateWith("paymentId", paymentId.toString());
        commands.sendAndWait(new RequestPayment(paymentId, orderId, customerId, paymentMethod, total,
                "Kiosk order " + orderId, deliveryRegion, deliveryAddress, riskFigures.of(customerId)));
        deadlineId = deadlines.schedule(settings.paymentTimeout(), PAYMENT_DEADLINE);
        step = Step.AWAITING_PAYMENT;
    }

    /** Held for the back office: the order waits for the review, not for the customer. */
    @SagaEventHandler(associationProperty = "paymentId")
    void on(PaymentHeldForReview event) {
        if (step != Step.AWAITING_PAYMENT || heldForReview) {
            return;
        }
        heldForReview = true;
        deadlines.cancelSchedule(PAYMENT_DEADLINE, deadlineId);
        deadlineId = deadlines.schedule(settings.reviewTimeout(), PAYMENT_DEADLINE);
        heldStockDeadlineId = deadlines.schedule(settings.heldStockTimeout(), HELD_STOCK_DEADLINE);
    }

    /** The review takes longer than the stock is kept for it: the goods go back on the shelf meanwhile. */
    @DeadlineHandler(deadlineName = HELD_STOCK_DEADLINE)
    void onHeldStockDue() {
        if (step != Step.AWAITING_PAYMENT || !heldForReview || reserved.isEmpty()) {
            return;
        }
        log.info("order {}: payment {} still waits for review; its stock goes back until it is approved", orderId, paymentId);
        releasedDuringReview = new ArrayList<>(reserved);
        releaseStock();
    }

    /**
     * Asked of the provider after a review: the stock released meanwhile is held again, and the customer has the usual
     * time to pay; goods that went to others meanwhile cancel the payment and the order.
     */
    @SagaEventHandler(associationProperty = "paymentId")
    void on(PaymentRequested event) {
        if (step != Step.AWAITING_PAYMENT || !heldForReview) {
            return;
        }
        heldForReview = false;
        deadlines.cancelSchedule(PAYMENT_DEADLINE, deadlineId);
        cancelHeldStockDeadline();
        if (!reserveAgain()) {
            cancelPayment("out-of-stock");
            cancel(CancellationReason.OUT_OF_STOCK);
            return;
        }
        deadlineId = deadlines.schedule(settings.paymentTimeout(), PAYMENT_DEADLINE);
    }

    /** Holds the lines released during the review again; false, with nothing held, if the stock refuses one. */
    private boolean reserveAgain() {
        for (LineReservation released : releasedDuringReview) {
            LineReservation again = released.again();
            StockReservation answer = commands.sendAndWait(new ReserveStock(again.stockItemId(), again.reservationId(),
                    again.quantity()));
            if (!answer.held()) {
                log.info("order {}: stock of {} went to others during the review ({}); the order is cancelled", orderId,
                        again.stockItemId(), answer.refusal());
                releaseStock();
                return false;
            }
            reserved.add(again);
        }
        releasedDuringReview.clear();
        return true;
    }

    private void cancelHeldStockDeadline() {
        if (heldStockDeadlineId != null) {
            deadlines.cancelSchedule(HELD_STOCK_DEADLINE, heldStockDeadlineId);
            heldStockDeadlineId = null;
        }
    }

    @SagaEventHandler(associationProperty = "paymentId")
    void on(PaymentSucceeded event) {
        if (step != Step.AWAITING_PAYMENT) {
            return;
        }
        deadlines.cancelSchedule(PAYMENT_DEADLINE, deadlineId);
        OrderStatus status = commands.sendAndWait(new ConfirmOrderPayment(orderId, paymentId));
        if (isPaid(status)) {
            commitStock();
        } else {
            log.warn("order {} was paid through {} after it closed ({}): its stock goes back, the money is the refund's business",
                    orderId, paymentId, status);
            releaseStock();
        }
        close();
    }

    @SagaEventHandler(associationProperty = "paymentId")
    void on(PaymentFailed event) {
        paymentFailed(event.reason());
    }

    /** The provider closed the trade unpaid: to the order that is a failed payment. */
    @SagaEventHandler(associationProperty = "paymentId")
    void on(PaymentCancelled event) {
        paymentFailed(event.reason());
    }

    private void paymentFailed(String reason) {
        if (step != Step.AWAITING_PAYMENT) {
            return;
        }
        log.info("order {}: payment {} failed ({}); the order is cancelled", orderId, paymentId, reason);
        deadlines.cancelSchedule(PAYMENT_DEADLINE, deadlineId);
        releaseStock();
        cancel(CancellationReason.PAYMENT_FAILED);
    }

    @DeadlineHandler(deadlineName = PAYMENT_DEADLINE)
    void onPaymentDue() {
        if (step != Step.AWAITING_PAYMENT) {
            return;
        }
        OrderStatus status = commands.sendAndWait(new ExpireOrder(orderId));
        if (isPaid(status)) {
            // the payment won the race: PaymentSucceeded is on its way and takes its branch
            return;
        }
        releaseStock();
        cancelPayment("order-expired");
        close();
    }

    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderCancelled event) {
        if (step != Step.AWAITING_PAYMENT) {
            return;
        }
        deadlines.cancelSchedule(PAYMENT_DEADLINE, deadlineId);
        releaseStock();
        cancelPayment("order-cancelled");
        close();
    }

    private void releaseStock() {
        reserved.forEach(reservation ->
                commands.sendAndWait(new ReleaseStock(reservation.stockItemId(), reservation.reservationId())));
        reserved.clear();
    }

    private void cancel(CancellationReason reason) {
        commands.sendAndWait(new CancelOrder(orderId, reason));
        close();
    }

    private void cancelPayment(String reason) {
        commands.sendAndWait(new CancelPayment(paymentId, reason));
    }

    private void commitStock() {
        reserved.forEach(reservation ->
                commands.sendAndWait(new CommitStock(reservation.stockItemId(), reservation.reservationId())));
    }

    private static boolean isPaid(OrderStatus status) {
        return status == OrderStatus.PAID || status == OrderStatus.IN_FULFILMENT || status == OrderStatus.SHIPPED
                || status == OrderStatus.DELIVERED;
    }

    private void close() {
        cancelHeldStockDeadline();
        step = Step.CLOSED;
        SagaLifecycle.end();
    }
}
