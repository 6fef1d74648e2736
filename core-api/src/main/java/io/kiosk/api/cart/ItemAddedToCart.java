package io.kiosk.api.cart;

import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.pricing.Money;

/** A new line was added to the cart, with the unit price quoted at that moment. */
public record ItemAddedToCart(CartId cartId,
                              CartItemId itemId,
                              ProductId productId,
                              ChosenOptions options,
                              Quantity quantity,
                              Money unitPrice) {
}
