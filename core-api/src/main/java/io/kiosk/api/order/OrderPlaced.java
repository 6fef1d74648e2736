package io.kiosk.api.order;

import io.kiosk.api.cart.CartId;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.delivery.DeliveryWindow;
import io.kiosk.api.pricing.Money;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A customer placed an order from a cart with these lines and this total, to be delivered and paid
 * as {@code details} say. {@code estimate} is the delivery window promised at checkout; missing when none
 * could be promised.
 *
 * <p>Revision 2 is revision 1 (stored without a revision) with every field it grew then made explicit by the event
 * store's upcaster ({@code io.kiosk.eventstore.upcasting}): {@code customerId}, {@code details}, {@code estimate}
 * and the lines' {@code stockItemId} and {@code label} are {@code null} in placements stored before they were
 * recorded.
 */
@Revision("2")
public record OrderPlaced(OrderId orderId, CartId cartId, CustomerId customerId, List<OrderLine> lines, Money total,
                          CheckoutDetails details, DeliveryWindow estimate) {

    public OrderPlaced {
        lines = List.copyOf(lines);
    }
}
