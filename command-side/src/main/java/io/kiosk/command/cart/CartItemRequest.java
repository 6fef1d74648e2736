package io.kiosk.command.cart;

import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.ChosenOptions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.util.Map;

/**
 * The body of "add an item to a cart". The cart prices the line itself; {@code unitPrice}, when
 * given, is the price the customer was shown, and the line is refused if it is no longer current.
 */
record CartItemRequest(
        @NotBlank(message = "is required") String productId,
        @Size(max = ChosenOptions.MAX_OPTIONS, message = "at most {max} options may be chosen")
        Map<@NotBlank(message = "option names must not be blank") String,
                @NotBlank(message = "each option needs a value") String> options,
        @NotNull(message = "is required")
        @Positive(message = "must be at least 1")
        @Max(value = Quantity.MAX, message = "must be at most {value}") Integer quantity,
        @Valid PriceRequest unitPrice) {
}
