package io.kiosk.command.order;

import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderLines;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.order.OrderStatus;
import io.kiosk.api.order.PlaceOrder;
import io.kiosk.command.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An order. Lifecycle: placed (from a checked-out cart, with its confirmed lines and total) →
 * awaiting payment → paid → in fulfilment → shipped → delivered, or cancelled / expired. This first
 * cut knows placement; payment and fulfilment join with the order process.
 */
@Aggregate
public class Order {

    @AggregateIdentifier
    private OrderId orderId;
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
                OrderLines.total(command.lines()), command.details()));
    }

    @EventSourcingHandler
    void on(OrderPlaced event) {
        orderId = event.orderId();
        status = OrderStatus.PLACED;
    }
}
