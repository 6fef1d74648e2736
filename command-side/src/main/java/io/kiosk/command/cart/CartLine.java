package io.kiosk.command.cart;

import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.catalog.ProductLabel;
import io.kiosk.api.inventory.StockItemId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.pricing.Money;

/**
 * One line of a cart as the aggregate remembers it; {@code stockItemId} and {@code label} are missing on lines
 * added before they were recorded.
 */
record CartLine(CartItemId itemId, ProductId productId, ChosenOptions options, Quantity quantity, Money unitPrice,
                StockItemId stockItemId, ProductLabel label) {

    boolean holdsSameGoodsAs(ProductId otherProduct, ChosenOptions otherOptions, Money otherPrice) {
        return productId.equals(otherProduct) && options.equals(otherOptions) && unitPrice.equals(otherPrice);
    }

    CartLine withQuantity(Quantity newQuantity) {
        return new CartLine(itemId, productId, options, newQuantity, unitPrice, stockItemId, label);
    }

    OrderLine toOrderLine() {
        return new OrderLine(itemId, productId, options, quantity, unitPrice, stockItemId, label);
    }
}
