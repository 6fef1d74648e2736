package io.kiosk.api.order;

import io.kiosk.api.cart.CartId;
import io.kiosk.api.pricing.Money;

import java.util.List;

/** An order was placed from a cart with these lines and this total. */
public record OrderPlaced(OrderId orderId, CartId cartId, List<OrderLine> lines, Money total) {

    public OrderPlaced {
        lines = List.copyOf(lines);
    }
}
