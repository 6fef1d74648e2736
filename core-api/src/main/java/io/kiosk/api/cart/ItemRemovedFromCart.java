package io.kiosk.api.cart;

import org.axonframework.serialization.Revision;

/** A line was taken out of the cart. */
@Revision("1")
public record ItemRemovedFromCart(CartId cartId, CartItemId itemId) {
}
