package io.kiosk.api.cart;

import io.kiosk.api.customer.CustomerId;

/** A new, empty cart was opened for a customer. */
public record CartCreated(CartId cartId, CustomerId customerId) {
}
