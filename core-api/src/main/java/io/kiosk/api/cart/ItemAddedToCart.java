package io.kiosk.api.cart;

import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.catalog.ProductLabel;
import io.kiosk.api.inventory.StockItemId;
import io.kiosk.api.pricing.Money;

/**
 * A new line was added to the cart, with the unit price quoted at that moment and the stock-keeping
 * variant of its configuration ({@code stockItemId}, missing in events stored before it was known) and
 * the name and category the product is sold as ({@code label}, missing in events stored before it was recorded).
 */
public record ItemAddedToCart(CartId cartId,
                              CartItemId itemId,
                              ProductId productId,
                              ChosenOptions options,
                              Quantity quantity,
                              Money unitPrice,
                              StockItemId stockItemId,
                              ProductLabel label) {

    /** An added line as it was stored before the stock variant was recorded. */
    public ItemAddedToCart(CartId cartId, CartItemId itemId, ProductId productId, ChosenOptions options,
                           Quantity quantity, Money unitPrice) {
        this(cartId, itemId, productId, options, quantity, unitPrice, null, null);
    }

    /** An added line as it was stored before the product's label was recorded. */
    public ItemAddedToCart(CartId cartId, CartItemId itemId, ProductId productId, ChosenOptions options,
                           Quantity quantity, Money unitPrice, StockItemId stockItemId) {
        this(cartId, itemId, productId, options, quantity, unitPrice, stockItemId, null);
    }
}
