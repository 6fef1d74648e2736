package io.kiosk.api.cart;

import io.kiosk.api.customer.CustomerId;

/** Which cart is {@code customerId} filling now: their newest open one? Answered with a {@link CartSummary}, or nothing. */
public record FindCurrentCart(CustomerId customerId) {
}
