package io.kiosk.api.order;

import io.kiosk.api.cart.CartId;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.pricing.Money;

import java.util.List;

/** A customer placed an order from a cart with these lines and this total. */
public record OrderPlaced(OrderId orderId, CartId cartId, CustomerId customerId, List<OrderLine> lines, Money total) {

    public OrderPlaced {
        lines = List.copyOf(lines);
    }
}
