package io.kiosk.api.cart;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.delivery.DeliveryWindow;
import io.kiosk.api.order.CheckoutDetails;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.privacy.PersonalDataOwner;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * The cart was checked out into the order {@code orderId} with these lines and the customer's
 * {@code details}; it is closed for changes. {@code estimate} is when the goods should arrive, by the delivery rules
 * at checkout; it is missing when a line was out of stock.
 *
 * <p>Revision 2 is revision 1 (stored without a revision) with every field it grew then made explicit by the event
 * store's upcaster: {@code customerId}, {@code details}, {@code estimate} and the lines' {@code stockItemId} and
 * {@code label} are {@code null} in checkouts stored before they were recorded.
 *
 * <p>Revision 3 stores the personal values of {@code details} (the delivery address's and the contact's) sealed for
 * the customer ({@code io.kiosk.api.privacy.PersonalData}); revision 2 stored them in the clear, and reads as it was
 * (the upcaster changes nothing but the revision).
 */
@Revision("3")
public record CartCheckedOut(CartId cartId, CustomerId customerId, OrderId orderId, List<OrderLine> lines,
                             CheckoutDetails details, DeliveryWindow estimate)
        implements PersonalDataOwner {

    public CartCheckedOut {
        lines = List.copyOf(lines);
    }
}
