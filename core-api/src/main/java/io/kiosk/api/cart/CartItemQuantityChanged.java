package io.kiosk.api.cart;

import org.axonframework.serialization.Revision;

/** A line of the cart now holds {@code quantity} units. */
@Revision("1")
public record CartItemQuantityChanged(CartId cartId, CartItemId itemId, Quantity quantity) {
}
