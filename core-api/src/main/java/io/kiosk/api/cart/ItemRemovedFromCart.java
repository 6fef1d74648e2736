package io.kiosk.api.cart;

/** A line was taken out of the cart. */
public record ItemRemovedFromCart(CartId cartId, CartItemId itemId) {
}
