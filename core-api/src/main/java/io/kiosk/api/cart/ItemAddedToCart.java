package io.kiosk.api.cart;

import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.catalog.ProductLabel;
import io.kiosk.api.inventory.StockItemId;
import io.kiosk.api.pricing.Money;
import org.axonframework.serialization.Revision;

/**
 * A new line was added to the cart, with the unit price quoted at that moment and the stock-keeping
 * variant of its configuration ({@code stockItemId}) and the name and category the product is sold as
 * ({@code label}).
 *
 * <p>Revision 2 is revision 1 (stored without a revision) with the fields it grew then made explicit by the event
 * store's upcaster: {@code stockItemId} and {@code label} are {@code null} in lines added before they were recorded.
 */
@Revision("2")
public record ItemAddedToCart(CartId cartId,
                              CartItemId itemId,
                              ProductId productId,
                              ChosenOptions options,
                              Quantity quantity,
                              Money unitPrice,
                              StockItemId stockItemId,
                              ProductLabel label) {
}
