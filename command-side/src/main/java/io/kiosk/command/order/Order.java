package io.kiosk.command.order;

import io.kiosk.api.cart.CartCheckedOut;
import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.PaymentProvider;
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
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderLines;
import io.kiosk.api.order.OrderPaid;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.order.OrderRefundHoldReduced;
import io.kiosk.api.order.OrderRefundReleased;
import io.kiosk.api.order.OrderRefundRequested;
import io.kiosk.api.order.OrderRefunded;
import io.kiosk.api.order.OrderShipped;
import io.kiosk.api.order.OrderStatus;
import io.kiosk.api.order.OrderStatusReached;
import io.kiosk.api.order.RecordOrderRefund;
import io.kiosk.api.order.ReduceRefundHold;
import io.kiosk.api.order.ReleaseRefundHold;
import io.kiosk.api.order.ShipOrder;
import io.kiosk.api.order.StartOrderFulfilment;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundId;
import io.kiosk.api.refund.RefundLine;
import io.kiosk.api.refund.RefundReason;
import io.kiosk.api.refund.RefundStatus;
import io.kiosk.api.refund.RequestRefund;
import io.kiosk.command.RuleViolation;
import io.kiosk.command.identity.CallerMetaData;
import io.kiosk.command.refund.Refund;
import io.kiosk.command.refund.RefundRules;
import io.kiosk.command.refund.RequestedRefund;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.kiosk.api.order.OrderStatus.AWAITING_PAYMENT;
import static io.kiosk.api.order.OrderStatus.CANCELLED;
import static io.kiosk.api.order.OrderStatus.DELIVERED;
import static io.kiosk.api.order.OrderStatus.EXPIRED;
import static io.kiosk.api.order.OrderStatus.IN_FULFILMENT;
import static io.kiosk.api.order.OrderStatus.PAID;
import static io.kiosk.api.order.OrderStatus.PLACED;
import static io.kiosk.api.order.OrderStatus.SHIPPED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An order. Lifecycle: placed (from a checked-out cart, with its confirmed lines, total and the
 * customer's checkout details) → awaiting payment (the order process reserved every line and asked
 * for the money) → paid → in fulfilment (the back office picks it) → shipped (carrier, tracking
 * number, a new delivery window) → delivered. Before it ships it may be cancelled (by the customer,
 * for want of stock, because the payment failed, or by the back office); an unpaid order expires
 * when its payment deadline passes. Cancelled, expired and delivered are final.
 *
 * <p>The order process (a saga) may deliver its commands more than once: repeating a step the order
 * has already taken records nothing. The process's own steps (await payment, confirm payment, expire) never refuse:
 * they answer the status the order stands in, and the process takes its branch from that answer. Asking the back
 * office's steps of an order that cannot take them from where it stands is a conflict ({@code order-status-conflict}).
 * An order that costs nothing is paid as soon as its goods are held: there is no payment to open.
 *
 * <p>Refunds are a dimension beside the status: the order keeps the money and units refunded and those
 * held by refunds under way ({@link RefundLedger}), accepts a refund request only when {@link RefundRules}
 * allow it and what it claims is left, and holds its amount until the refund pays out (counted as
 * refunded: {@link OrderRefunded} says partially or fully) or ends without money (released). A paid order
 * cancelled before it ships holds everything left for one refund that needs no review.
 */
@Aggregate
public class Order {

    @AggregateIdentifier
    private OrderId orderId;
    private CustomerId customerId;
    private OrderStatus status;
    private final Map<CartItemId, OrderLine> lines = new LinkedHashMap<>();
    private Money total;
    private PaymentProvider paymentMethod;
    private PaymentId paymentId;
    private Instant deliveredAt;
    private final RefundLedger refunds = new RefundLedger();

    protected Order() {
        // for Axon: rebuilt from events
    }

    /**
     * The order a checkout places, created by the cart in the checkout's own unit of work
     * ({@code AggregateLifecycle.createNew}): the checkout and its order are stored together or not at all.
     */
    public static Order placedFrom(CartCheckedOut checkout) {
        return new Order(checkout);
    }

    private Order(CartCheckedOut checkout) {
        if (checkout.lines().isEmpty()) {
            throw RuleViolation.conflict("order-without-lines", "an order needs at least one line");
        }
        var currencies = checkout.lines().stream().map(line -> line.unitPrice().currency()).distinct().count();
        if (currencies > 1) {
            throw RuleViolation.unprocessable("currency-mismatch", "lines", "all lines of an order share one currency");
        }
        apply(new OrderPlaced(checkout.orderId(), checkout.cartId(), checkout.customerId(), checkout.lines(),
                OrderLines.total(checkout.lines()), checkout.details(), checkout.estimate()));
    }

    /**
     * The order process has held every line: the order now waits for its money, or, when it costs nothing, is paid
     * at once (there is nothing to collect, so no payment is opened). Answers where the order stands, which is how
     * the process learns that the customer cancelled meanwhile; it never refuses.
     */
    @CommandHandler
    OrderStatus handle(AwaitOrderPayment command) {
        if (status == PLACED && total.amount().signum() == 0) {
            apply(new OrderPaid(orderId, command.paymentId()));
        } else if (status == PLACED) {
            apply(new OrderAwaitingPayment(orderId, command.paymentId()));
        }
        return status;
    }

    /** The money came: an order still waiting for it is paid; answers where the order stands (closed: not paid). */
    @CommandHandler
    OrderStatus handle(ConfirmOrderPayment command) {
        if (status == PLACED || status == AWAITING_PAYMENT) {
            apply(new OrderPaid(orderId, command.paymentId()));
        }
        return status;
    }

    @CommandHandler
    OrderUpdate handle(StartOrderFulfilment command) {
        if (status == PAID) {
            apply(new OrderFulfilmentStarted(orderId));
        } else if (status != IN_FULFILMENT) {
            throw notNow("go to fulfilment");
        }
        return updated();
    }

    @CommandHandler
    OrderUpdate handle(ShipOrder command) {
        if (status != PAID && status != IN_FULFILMENT) {
            throw notNow("ship");
        }
        apply(new OrderShipped(orderId, command.carrier(), command.trackingNumber(), command.eta()));
        return updated();
    }

    @CommandHandler
    OrderUpdate handle(ConfirmOrderDelivery command) {
        if (status == SHIPPED) {
            apply(new OrderDelivered(orderId));
        } else if (status != DELIVERED) {
            throw notNow("be delivered");
        }
        return updated();
    }

    /**
     * A customer may cancel only their own order (to anyone else it does not exist); the order
     * process and the back office cancel for their own reasons. Nothing is cancelled once shipped.
     */
    @CommandHandler
    OrderUpdate handle(CancelOrder command, MetaData metaData) throws Exception {
        if (command.reason() == CancellationReason.CUSTOMER_REQUEST) {
            requireOwnedByCaller(metaData);
        }
        if (status == CANCELLED || status == EXPIRED) {
            return updated();
        }
        if (status == SHIPPED || status == DELIVERED) {
            throw RuleViolation.conflict("order-already-shipped", "order " + orderId + " has shipped and can no longer be cancelled");
        }
        boolean paid = isPaid();
        apply(new OrderCancelled(orderId, command.reason(), paid));
        Money left = paid ? refunds.left(total) : null;
        if (left != null && left.amount().signum() > 0) {
            holdForRefund(new OrderRefundRequested(orderId, RefundId.forCancellationOf(orderId), customerId, paymentId,
                    paymentMethod, refunds.remaining(lines.values()), left, RefundReason.ORDER_CANCELLED, null, false, true));
        }
        return updated();
    }

    /**
     * A customer asks for some of their money back. The request is accepted when {@link RefundRules} allow a
     * refund now and the units it names are left ({@link RefundLedger}); the amount is worked out from the
     * lines' prices. Its hold is recorded here and the refund opened from it in the same unit of work. It needs
     * no review when it is small, without return, and nothing was delivered.
     */
    @CommandHandler
    RequestedRefund handle(RequestRefund command, MetaData metaData, RefundRules rules) throws Exception {
        requireOwnedByCaller(metaData);
        if (command.reason() == RefundReason.ORDER_CANCELLED) {
            throw RuleViolation.unprocessable("invalid-refund-reason", "reason", "ORDER_CANCELLED is Kiosk's own reason");
        }
        if (refunds.knows(command.refundId())) {
            throw RuleViolation.conflict("refund-exists", "refund " + command.refundId() + " was requested before");
        }
        rules.requireRefundable(orderId, status, deliveredAt);
        if (command.withReturn() && status != DELIVERED) {
            throw RuleViolation.unprocessable("nothing-to-return", "withReturn",
                    "order " + orderId + " has not been delivered: there are no goods to send back");
        }
        List<RefundLine> claimed = refunds.claim(orderId, lines, total, command);
        Money amount = RefundLine.total(claimed, Money.zero(total.currency()));
        boolean automatic = !command.withReturn() && status != DELIVERED && rules.autoApproves(amount);
        holdForRefund(new OrderRefundRequested(orderId, command.refundId(), customerId, paymentId, paymentMethod, claimed,
                amount, command.reason(), command.note(), command.withReturn(), automatic));
        return new RequestedRefund(command.refundId(), orderId, automatic ? RefundStatus.PAYING_OUT : RefundStatus.REQUESTED,
                amount, claimed, command.withReturn());
    }

    /**
     * Holds the refund's amount and opens the {@link Refund} from the hold in the same unit of work
     * ({@code AggregateLifecycle.createNew}): the order's hold and its refund are stored together or not at all.
     */
    private void holdForRefund(OrderRefundRequested hold) throws Exception {
        apply(hold);
        AggregateLifecycle.createNew(Refund.class, () -> Refund.openedFor(hold));
    }

    /** The payment deadline passed: an order still unpaid expires; answers where the order stands (paid: it won the race). */
    @CommandHandler
    OrderStatus handle(ExpireOrder command) {
        if (status == PLACED || status == AWAITING_PAYMENT) {
            apply(new OrderExpired(orderId));
        }
        return status;
    }

    /** A refund approved for less than it held frees the difference; a repeat, or more, changes nothing. */
    @CommandHandler
    OrderUpdate handle(ReduceRefundHold command) {
        refunds.reduce(orderId, command).ifPresent(AggregateLifecycle::apply);
        return updated();
    }

    @CommandHandler
    OrderUpdate handle(ReleaseRefundHold command) {
        refunds.release(orderId, command).ifPresent(AggregateLifecycle::apply);
        return updated();
    }

    /** The refund paid out: counted as refunded with the units it covers. */
    @CommandHandler
    OrderUpdate handle(RecordOrderRefund command) {
        refunds.record(orderId, command, total).ifPresent(AggregateLifecycle::apply);
        return updated();
    }

    @EventSourcingHandler
    void on(OrderPlaced event) {
        orderId = event.orderId();
        customerId = event.customerId();
        status = PLACED;
        event.lines().forEach(line -> lines.put(line.lineId(), line));
        total = event.total();
        paymentMethod = event.details() == null ? null : event.details().paymentMethod();
        refunds.start(Money.zero(total.currency()));
    }

    /**
     * Every later event of the order says the status it reaches ({@link OrderStatusReached}); the payment and
     * the moment of delivery (the event's own time) are what refunds go by.
     */
    @EventSourcingHandler
    void on(OrderStatusReached event, @Timestamp Instant at) {
        status = event.status();
        if (event instanceof OrderPaid paid) {
            paymentId = paid.paymentId();
        } else if (event instanceof OrderDelivered) {
            deliveredAt = at;
        }
    }

    @EventSourcingHandler
    void on(OrderRefundRequested event) {
        refunds.on(event);
    }

    @EventSourcingHandler
    void on(OrderRefundHoldReduced event) {
        refunds.on(event);
    }

    @EventSourcingHandler
    void on(OrderRefundReleased event) {
        refunds.on(event);
    }

    @EventSourcingHandler
    void on(OrderRefunded event) {
        refunds.on(event);
    }

    private void requireOwnedByCaller(MetaData metaData) {
        if (!customerId.toString().equals(metaData.get(CallerMetaData.ACCOUNT_ID))) {
            throw RuleViolation.notFound("not-found", null, "nothing exists with id " + orderId);
        }
    }

    private boolean isPaid() {
        return status == PAID || status == IN_FULFILMENT || status == SHIPPED || status == DELIVERED;
    }

    private RuleViolation notNow(String step) {
        return RuleViolation.conflict("order-status-conflict",
                "order " + orderId + " is " + status.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " and cannot " + step);
    }

    private OrderUpdate updated() {
        return new OrderUpdate(orderId, status, AggregateLifecycle.getVersion());
    }
}
