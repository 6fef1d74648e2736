package io.kiosk.api.order;

import io.kiosk.api.cart.CartId;
import io.kiosk.api.customer.CustomerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Place an order for the lines of a checked-out cart, with the customer's checkout details. */
public record PlaceOrder(@TargetAggregateIdentifier OrderId orderId, CartId cartId, CustomerId customerId,
                         List<OrderLine> lines, CheckoutDetails details) {

    public PlaceOrder {
        lines = List.copyOf(lines);
    }
}
