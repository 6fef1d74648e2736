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
 * stock-keeping variant the goods come from ({@code stockItemId}) and the name and category the product was sold
 * as ({@code label}). Both are {@code null} in lines stored before they were recorded (their events' revision 1,
 * see {@link OrderPlaced}); such a line cannot be reserved.
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

    public Money lineTotal() {
        return unitPrice.times(quantity.value());
    }
}
