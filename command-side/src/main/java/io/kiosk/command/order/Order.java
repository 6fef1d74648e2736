package io.kiosk.command.order;

import io.kiosk.api.customer.CustomerId;
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
import io.kiosk.api.order.OrderLines;
import io.kiosk.api.order.OrderPaid;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.order.OrderShipped;
import io.kiosk.api.order.OrderStatus;
import io.kiosk.api.order.OrderStatusReached;
import io.kiosk.api.order.PlaceOrder;
import io.kiosk.api.order.ShipOrder;
import io.kiosk.api.order.StartOrderFulfilment;
import io.kiosk.command.RuleViolation;
import io.kiosk.command.identity.CallerMetaData;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Locale;

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
 * has already taken answers with the current version and records nothing. Asking for a step the
 * order cannot take from where it stands is a conflict ({@code order-status-conflict}).
 */
@Aggregate
public class Order {

    @AggregateIdentifier
    private OrderId orderId;
    private CustomerId customerId;
    private OrderStatus status;

    protected Order() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    public Order(PlaceOrder command) {
        if (command.lines().isEmpty()) {
            throw RuleViolation.conflict("order-without-lines", "an order needs at least one line");
        }
        var currencies = command.lines().stream().map(line -> line.unitPrice().currency()).distinct().count();
        if (currencies > 1) {
            throw RuleViolation.unprocessable("currency-mismatch", "lines", "all lines of an order share one currency");
        }
        apply(new OrderPlaced(command.orderId(), command.cartId(), command.customerId(), command.lines(),
                OrderLines.total(command.lines()), command.details(), command.estimate()));
    }

    @CommandHandler
    OrderUpdate handle(AwaitOrderPayment command) {
        if (status == PLACED) {
            apply(new OrderAwaitingPayment(orderId, command.paymentId()));
        } else if (status != AWAITING_PAYMENT) {
            throw notNow("await payment");
        }
        return updated();
    }

    @CommandHandler
    OrderUpdate handle(ConfirmOrderPayment command) {
        if (status == PLACED || status == AWAITING_PAYMENT) {
            apply(new OrderPaid(orderId, command.paymentId()));
        } else if (!isPaid()) {
            throw notNow("be paid");
        }
        return updated();
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
    OrderUpdate handle(CancelOrder command, MetaData metaData) {
        if (command.reason() == CancellationReason.CUSTOMER_REQUEST
                && !customerId.toString().equals(metaData.get(CallerMetaData.ACCOUNT_ID))) {
            throw RuleViolation.notFound("not-found", null, "nothing exists with id " + orderId);
        }
        if (status == CANCELLED || status == EXPIRED) {
            return updated();
        }
        if (status == SHIPPED || status == DELIVERED) {
            throw RuleViolation.conflict("order-already-shipped", "order " + orderId + " has shipped and can no longer be cancelled");
        }
        apply(new OrderCancelled(orderId, command.reason(), isPaid()));
        return updated();
    }

    @CommandHandler
    OrderUpdate handle(ExpireOrder command) {
        if (status == PLACED || status == AWAITING_PAYMENT) {
            apply(new OrderExpired(orderId));
        } else if (status != EXPIRED && status != CANCELLED) {
            throw notNow("expire");
        }
        return updated();
    }

    @EventSourcingHandler
    void on(OrderPlaced event) {
        orderId = event.orderId();
        customerId = event.customerId();
        status = PLACED;
    }

    /** Every later event of the order says the status it reaches ({@link OrderStatusReached}). */
    @EventSourcingHandler
    void on(OrderStatusReached event) {
        status = event.status();
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
