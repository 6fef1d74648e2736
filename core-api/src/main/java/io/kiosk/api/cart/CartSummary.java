package io.kiosk.api.cart;

import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.catalog.ProductLabel;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.pricing.Money;
import jakarta.annotation.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A cart as its owner reads it back: its lines in the order they were added, how many units it holds
 * ({@code itemCount}), what they cost together ({@code total}; missing while the cart is empty, since an empty cart
 * has no currency), and whether it is still {@code OPEN} or {@code CHECKED_OUT} into the order {@code orderId} (at
 * {@code checkedOutAt}). {@code version} is the sequence number of the cart's last event the read model has seen, the
 * same number the command side answers for a change to the cart.
 */
public record CartSummary(CartId cartId,
                          CustomerId customerId,
                          CartStatus status,
                          @Nullable OrderId orderId,
                          List<Line> lines,
                          int itemCount,
                          @Nullable Money total,
                          Instant createdAt,
                          Instant updatedAt,
                          @Nullable Instant checkedOutAt,
                          long version) {

    public CartSummary {
        Objects.requireNonNull(cartId, "cart id is required");
        Objects.requireNonNull(status, "status is required");
        lines = List.copyOf(lines);
    }

    /** A cart with these lines; its unit count and total follow from them. */
    public static CartSummary of(CartId cartId, CustomerId customerId, CartStatus status, OrderId orderId, List<Line> lines,
                                 Instant createdAt, Instant updatedAt, Instant checkedOutAt, long version) {
        int units = lines.stream().mapToInt(line -> line.quantity().value()).sum();
        Money total = lines.stream().map(Line::lineTotal).reduce(Money::plus).orElse(null);
        return new CartSummary(cartId, customerId, status, orderId, lines, units, total, createdAt, updatedAt, checkedOutAt,
                version);
    }

    /**
     * One line: a configured product, how many, the unit price the cart quoted when it was added and what the units
     * cost together. {@code label} is the name (Chinese and English) and category the product was sold as; missing for
     * lines added before carts recorded it.
     */
    public record Line(CartItemId itemId,
                       ProductId productId,
                       @Nullable ProductLabel label,
                       ChosenOptions options,
                       Quantity quantity,
                       Money unitPrice,
                       Money lineTotal) {

        public Line {
            Objects.requireNonNull(itemId, "item id is required");
            Objects.requireNonNull(quantity, "quantity is required");
            Objects.requireNonNull(unitPrice, "unit price is required");
        }

        /** A line of {@code quantity} units at {@code unitPrice} each. */
        public static Line of(CartItemId itemId, ProductId productId, ProductLabel label, ChosenOptions options,
                              Quantity quantity, Money unitPrice) {
            return new Line(itemId, productId, label, options, quantity, unitPrice, unitPrice.times(quantity.value()));
        }
    }
}
