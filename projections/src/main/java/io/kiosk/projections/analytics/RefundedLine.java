package io.kiosk.projections.analytics;

import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.pricing.Money;

import java.util.Objects;

/**
 * What one line of a refund gave back: {@code quantity} units of a product (0 when money went back without
 * goods, as a partial refund for a damaged item) and the part of the refunded money it accounts for.
 */
public record RefundedLine(ProductId productId, int quantity, Money amount) {

    public RefundedLine {
        Objects.requireNonNull(productId, "productId is required");
        Objects.requireNonNull(amount, "amount is required");
        if (quantity < 0) {
            throw new IllegalArgumentException("quantity must not be negative");
        }
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative");
        }
    }
}
