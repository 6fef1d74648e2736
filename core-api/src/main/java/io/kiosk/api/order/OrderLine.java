package io.kiosk.api.order;

import jakarta.annotation.Nullable;
import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.catalog.ProductLabel;
import io.kiosk.api.inventory.StockItemId;
import io.kiosk.api.pricing.Money;

import java.util.Objects;

/**
 * One confirmed line of an order: a configured product, how many, the unit price agreed, and the
 * stock-keeping variant the goods come from ({@code stockItemId}; missing in lines stored before
 * checkout knew it, and such a line cannot be reserved). {@code label} is the name and category the
 * product was sold as; missing in lines stored before lines recorded it.
 */
public record OrderLine(CartItemId lineId,
                        ProductId productId,
                        ChosenOptions options,
                        Quantity quantity,
                        Money unitPrice,
                        @Nullable StockItemId stockItemId,
                        @Nullable ProductLabel label) {

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

    /** A line without its stock variant, as lines were before checkout recorded it. */
    public OrderLine(CartItemId lineId, ProductId productId, ChosenOptions options, Quantity quantity, Money unitPrice) {
        this(lineId, productId, options, quantity, unitPrice, null, null);
    }

    /** A line without its label, as lines were before they recorded what the product was sold as. */
    public OrderLine(CartItemId lineId, ProductId productId, ChosenOptions options, Quantity quantity, Money unitPrice,
                     StockItemId stockItemId) {
        this(lineId, productId, options, quantity, unitPrice, stockItemId, null);
    }

    public Money lineTotal() {
        return unitPrice.times(quantity.value());
    }
}
