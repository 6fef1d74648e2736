package io.kiosk.api.cart;

/** A line of the cart now holds {@code quantity} units. */
public record CartItemQuantityChanged(CartId cartId, CartItemId itemId, Quantity quantity) {
}
