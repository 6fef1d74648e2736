package io.kiosk.api.cart;

import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.catalog.ProductLabel;
import io.kiosk.api.inventory.StockItemId;
import io.kiosk.api.pricing.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Put a configured product in the cart at the quoted unit price. If the cart already holds the
 * same product with the same options, the quantities are added up on that line instead and
 * {@code itemId} is not used. {@code stockItemId} is the stock-keeping variant the goods come from,
 * {@code label} the name and category the product is sold as now.
 */
public record AddItemToCart(@TargetAggregateIdentifier CartId cartId,
                            CartItemId itemId,
                            ProductId productId,
                            ChosenOptions options,
                            Quantity quantity,
                            Money unitPrice,
                            StockItemId stockItemId,
                            ProductLabel label) {
}
