package io.kiosk.api.delivery;

import io.kiosk.api.cart.CartItemId;

import java.util.Objects;

/**
 * What the delivery rules need to know about one cart line, looked up before checkout: the stock level of its
 * variant and the days its chosen options add before dispatch.
 */
public record LineDelivery(CartItemId itemId, StockLevel stock, int optionLeadDays) {

    public LineDelivery {
        Objects.requireNonNull(itemId, "the line is required");
        Objects.requireNonNull(stock, "the stock level is required");
        if (optionLeadDays < 0) {
            throw new IllegalArgumentException("option lead days cannot be negative");
        }
    }
}
