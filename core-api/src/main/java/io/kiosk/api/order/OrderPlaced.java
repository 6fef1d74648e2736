package io.kiosk.api.order;

import io.kiosk.api.cart.CartId;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.delivery.DeliveryWindow;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.privacy.PersonalDataOwner;
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
 *
 * <p>Revision 3 stores the personal values of {@code details} (the delivery address's and the contact's) sealed for
 * the customer ({@code io.kiosk.api.privacy.PersonalData}); revision 2 stored them in the clear, and reads as it was
 * (the upcaster changes nothing but the revision).
 */
@Revision("3")
public record OrderPlaced(OrderId orderId, CartId cartId, CustomerId customerId, List<OrderLine> lines, Money total,
                          CheckoutDetails details, DeliveryWindow estimate)
        implements PersonalDataOwner {

    public OrderPlaced {
        lines = List.copyOf(lines);
    }
}
