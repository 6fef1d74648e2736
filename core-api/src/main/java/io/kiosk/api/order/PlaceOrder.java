package io.kiosk.api.order;

import io.kiosk.api.cart.CartId;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.delivery.DeliveryWindow;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Place an order for the lines of a checked-out cart, with the customer's checkout details and the
 * delivery estimate worked out at checkout (absent when none could be promised).
 */
public record PlaceOrder(@TargetAggregateIdentifier OrderId orderId, CartId cartId, CustomerId customerId,
                         List<OrderLine> lines, CheckoutDetails details, DeliveryWindow estimate) {

    public PlaceOrder {
        lines = List.copyOf(lines);
    }

    /** An order placed without a delivery estimate. */
    public PlaceOrder(OrderId orderId, CartId cartId, CustomerId customerId, List<OrderLine> lines,
                      CheckoutDetails details) {
        this(orderId, cartId, customerId, lines, details, null);
    }
}
