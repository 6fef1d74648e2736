package io.kiosk.command.cart;

import io.kiosk.api.cart.Quantity;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** The body of "change the quantity of a cart line"; to remove a line, DELETE it. */
record QuantityChangeRequest(
        @NotNull(message = "is required")
        @Positive(message = "must be at least 1 (to remove the line, DELETE it)")
        @Max(value = Quantity.MAX, message = "must be at most {value}") Integer quantity) {
}
