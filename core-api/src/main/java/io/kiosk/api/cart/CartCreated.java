package io.kiosk.api.cart;

/** A new, empty cart was opened. */
public record CartCreated(CartId cartId) {
}
