package io.kiosk.command.cart;

import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.Configuration;
import io.kiosk.api.catalog.InvalidConfiguration;
import io.kiosk.api.catalog.ProductDefinition;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.catalog.ProductLabel;
import io.kiosk.api.inventory.StockItemId;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.pricing.Pricing;
import io.kiosk.command.RuleViolation;
import io.kiosk.command.catalog.ProductCatalog;
import org.springframework.stereotype.Component;

/**
 * Prices a cart line from the product's current published definition with core-api's one pricing
 * rule, so a cart never takes a client's word for a price. The line keeps the configuration in its
 * normal form and the unit price computed now; later revisions of the product do not touch it.
 */
@Component
class CartLinePricing {

    private final ProductCatalog catalog;

    CartLinePricing(ProductCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The line as the cart stores it. Refuses a product that is not for sale
     * ({@code product-unavailable}), options that do not make an orderable product
     * ({@link InvalidConfiguration}), and a price the customer saw that is no longer the current one
     * ({@code price-changed}, with {@code currentUnitPrice}).
     */
    PricedLine price(ProductId productId, ChosenOptions options, Quantity quantity, Money priceSeen) {
        ProductDefinition product = catalog.published(productId).orElseThrow(() -> RuleViolation.unprocessable(
                "product-unavailable", "productId", "product " + productId + " is not for sale"));
        Configuration configuration = Configuration.of(product, options);
        Money unitPrice = Pricing.price(configuration, quantity).unitPrice();
        if (priceSeen != null && !priceSeen.equals(unitPrice)) {
            throw RuleViolation.conflict("price-changed", "the unit price is now " + unitPrice + ", not " + priceSeen
                    + "; add the item again at the current price").with("currentUnitPrice", unitPrice);
        }
        return new PricedLine(configuration.options(), unitPrice,
                StockItemId.of(productId, configuration.stockVariant()), ProductLabel.of(product));
    }

    /**
     * The normalised options, the unit price, the stock-keeping variant and the name and category a cart
     * line is added with.
     */
    record PricedLine(ChosenOptions options, Money unitPrice, StockItemId stockItemId, ProductLabel label) {
    }
}
