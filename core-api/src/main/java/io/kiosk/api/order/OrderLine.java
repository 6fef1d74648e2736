package io.kiosk.api.order;

import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.pricing.Money;

import java.util.Objects;

/** One confirmed line of an order: a configured product, how many, and the unit price agreed. */
public record OrderLine(CartItemId lineId,
                        ProductId productId,
                        ChosenOptions options,
                        Quantity quantity,
                        Money unitPrice) {

    public OrderLine {
        Objects.requireNonNull(lineId, "line id is required");
        Objects.requireNonNull(productId, "product id is required");
        Objects.requireNonNull(options, "options are required");
        Objects.requireNonNull(quantity, "quantity is required");
        Objects.requireNonNull(unitPrice, "unit price is required");
        if (unitPrice.isNegative()) {
            throw new IllegalArgumentException("unit price must not be negative");
        }
    }

    public Money lineTotal() {
        return unitPrice.times(quantity.value());
    }
}
