package io.kiosk.api.cart;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.delivery.DeliveryWindow;
import io.kiosk.api.order.CheckoutDetails;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.privacy.PersonalDataOwner;

import java.util.List;

/**
 * The cart was checked out into the order {@code orderId} with these lines and the customer's
 * {@code details} (missing in events stored before checkout asked for them); it is closed for changes.
 * {@code estimate} is when the goods should arrive, by the delivery rules at checkout; it is missing
 * when a line was out of stock, and in events stored before checkout estimated delivery.
 */
public record CartCheckedOut(CartId cartId, CustomerId customerId, OrderId orderId, List<OrderLine> lines,
                             CheckoutDetails details, DeliveryWindow estimate)
        implements PersonalDataOwner {

    public CartCheckedOut {
        lines = List.copyOf(lines);
    }

    /** A checkout as it was stored before it carried details. */
    public CartCheckedOut(CartId cartId, CustomerId customerId, OrderId orderId, List<OrderLine> lines) {
        this(cartId, customerId, orderId, lines, null, null);
    }

    /** A checkout as it was stored before it carried a delivery estimate. */
    public CartCheckedOut(CartId cartId, CustomerId customerId, OrderId orderId, List<OrderLine> lines,
                          CheckoutDetails details) {
        this(cartId, customerId, orderId, lines, details, null);
    }
}
