package io.kiosk.api.order;

import io.kiosk.api.cart.CartId;
import io.kiosk.api.customer.CustomerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Place an order for the lines of a checked-out cart. */
public record PlaceOrder(@TargetAggregateIdentifier OrderId orderId, CartId cartId, CustomerId customerId,
                         List<OrderLine> lines) {

    public PlaceOrder {
        lines = List.copyOf(lines);
    }
}
