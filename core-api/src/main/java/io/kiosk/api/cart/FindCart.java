package io.kiosk.api.cart;

/** What does cart {@code cartId} hold now? Answered with a {@link CartSummary}, or nothing. */
public record FindCart(CartId cartId) {
}
