package io.kiosk.api.refund;

import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.Quantity;

import java.util.Objects;

/** What a customer names in a refund request: a line of the order and how many of its units. */
public record RefundItem(CartItemId lineId, Quantity quantity) {

    public RefundItem {
        Objects.requireNonNull(lineId, "lineId is required");
        Objects.requireNonNull(quantity, "quantity is required");
    }
}
