package io.kiosk.web.cart;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of a cart as the cart page shows it: a configured product, how many, the unit price and what they cost.
 *
 * @param itemId    the line's id (the command side's item id, or the session's own for an anonymous cart)
 * @param productId the product
 * @param nameZh    the product's Chinese name (may be null for lines added before carts recorded names)
 * @param nameEn    the product's English name
 * @param options   the chosen options as the API writes them (group to choice; a multiple choice comma-joined)
 * @param quantity  how many
 * @param unitPrice the price of one, as quoted when it was added
 * @param currency  the price's ISO 4217 currency
 */
public record CartLine(UUID itemId, String productId, String nameZh, String nameEn, Map<String, String> options,
                       int quantity, BigDecimal unitPrice, String currency) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public CartLine {
        Objects.requireNonNull(itemId, "item id");
        options = Map.copyOf(options);
    }

    /** What the units cost together. */
    public BigDecimal lineTotal() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }

    /** The same line with another quantity. */
    CartLine withQuantity(int newQuantity) {
        return new CartLine(itemId, productId, nameZh, nameEn, options, newQuantity, unitPrice, currency);
    }
}
