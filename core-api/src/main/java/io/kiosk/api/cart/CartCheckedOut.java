package io.kiosk.api.cart;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.delivery.DeliveryWindow;
import io.kiosk.api.order.CheckoutDetails;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderId;
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
 */
@Revision("2")
public record CartCheckedOut(CartId cartId, CustomerId customerId, OrderId orderId, List<OrderLine> lines,
                             CheckoutDetails details, DeliveryWindow estimate) {

    public CartCheckedOut {
        lines = List.copyOf(lines);
    }
}
