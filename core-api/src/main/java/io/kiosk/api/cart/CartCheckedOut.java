package io.kiosk.api.cart;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderId;

import java.util.List;

/** The cart was checked out into the order {@code orderId} with these lines; it is closed for changes. */
public record CartCheckedOut(CartId cartId, CustomerId customerId, OrderId orderId, List<OrderLine> lines) {

    public CartCheckedOut {
        lines = List.copyOf(lines);
    }
}
