package io.kiosk.api.cart;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.order.CheckoutDetails;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderId;

import java.util.List;

/**
 * The cart was checked out into the order {@code orderId} with these lines and the customer's
 * {@code details} (missing in events stored before checkout asked for them); it is closed for changes.
 */
public record CartCheckedOut(CartId cartId, CustomerId customerId, OrderId orderId, List<OrderLine> lines,
                             CheckoutDetails details) {

    public CartCheckedOut {
        lines = List.copyOf(lines);
    }

    /** A checkout as it was stored before it carried details. */
    public CartCheckedOut(CartId cartId, CustomerId customerId, OrderId orderId, List<OrderLine> lines) {
        this(cartId, customerId, orderId, lines, null);
    }
}
