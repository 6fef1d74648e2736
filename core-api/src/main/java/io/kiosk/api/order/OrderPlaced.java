package io.kiosk.api.order;

import io.kiosk.api.cart.CartId;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.delivery.DeliveryWindow;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.privacy.PersonalDataOwner;

import java.util.List;

/**
 * A customer placed an order from a cart with these lines and this total, to be delivered and paid
 * as {@code details} say (missing in events stored before checkout asked for them). {@code estimate}
 * is the delivery window promised at checkout; missing when none could be promised, and in events
 * stored before checkout estimated delivery.
 */
public record OrderPlaced(OrderId orderId, CartId cartId, CustomerId customerId, List<OrderLine> lines, Money total,
                          CheckoutDetails details, DeliveryWindow estimate)
        implements PersonalDataOwner {

    public OrderPlaced {
        lines = List.copyOf(lines);
    }

    /** A placement as it was stored before it carried checkout details. */
    public OrderPlaced(OrderId orderId, CartId cartId, CustomerId customerId, List<OrderLine> lines, Money total) {
        this(orderId, cartId, customerId, lines, total, null, null);
    }

    /** A placement as it was stored before it carried a delivery estimate. */
    public OrderPlaced(OrderId orderId, CartId cartId, CustomerId customerId, List<OrderLine> lines, Money total,
                       CheckoutDetails details) {
        this(orderId, cartId, customerId, lines, total, details, null);
    }
}
