package io.kiosk.api.cart;

import io.kiosk.api.customer.CustomerId;
import org.axonframework.serialization.Revision;

/** A new, empty cart was opened for a customer. */
@Revision("2")
public record CartCreated(CartId cartId, CustomerId customerId) {
}
