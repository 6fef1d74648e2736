package io.kiosk.api.refund;

import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.pricing.Money;

import java.util.List;
import java.util.Objects;

/**
 * Units of one order line a refund covers, priced as the order bought them: the amount of a refund is
 * worked out from these, never taken from the client.
 */
public record RefundLine(CartItemId lineId, ProductId productId, Quantity quantity, Money unitPrice) {

    public RefundLine {
        Objects.requireNonNull(lineId, "lineId is required");
        Objects.requireNonNull(productId, "productId is required");
        Objects.requireNonNull(quantity, "quantity is required");
        Objects.requireNonNull(unitPrice, "unitPrice is required");
    }

    public Money amount() {
        return unitPrice.times(quantity.value());
    }

    /** The sum of the lines' amounts, or {@code zero} for no lines. */
    public static Money total(List<RefundLine> lines, Money zero) {
        return lines.stream().map(RefundLine::amount).reduce(zero, Money::plus);
    }
}
