package io.kiosk.command.cart;

import io.kiosk.api.cart.CartId;
import io.kiosk.api.catalog.Configuration;
import io.kiosk.api.catalog.InvalidConfiguration;
import io.kiosk.api.catalog.ProductDefinition;
import io.kiosk.api.delivery.DeliveryFacts;
import io.kiosk.api.delivery.DeliveryRegions;
import io.kiosk.api.delivery.LineDelivery;
import io.kiosk.api.delivery.Region;
import io.kiosk.api.inventory.StockItemId;
import io.kiosk.command.catalog.ProductCatalog;
import io.kiosk.command.inventory.StockLevels;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Looks up what a checkout's delivery estimate is worked out from, before the checkout is sent: for each line of the
 * cart ({@link CartLines}) the stock level of its variant ({@link StockLevels}) and the lead days its options add
 * (the product's current definition, {@link ProductCatalog}); the region delivered to, and today in the mall's time
 * zone. The cart works the estimate out from these facts by the {@code DeliveryRules}, the same as the live quote. A
 * line whose product is gone, or whose options the product no longer accepts, gets no facts: the order then has no
 * promise.
 */
@Component
class CartDeliveryFacts {

    private final CartLines carts;
    private final ProductCatalog catalog;
    private final StockLevels stock;
    private final DeliveryRegions regions;
    private final Clock mallClock;

    CartDeliveryFacts(CartLines carts, ProductCatalog catalog, StockLevels stock, DeliveryRegions regions,
                      @Qualifier("mallClock") Clock mallClock) {
        this.carts = carts;
        this.catalog = catalog;
        this.stock = stock;
        this.regions = regions;
        this.mallClock = mallClock;
    }

    /** The facts for the cart's lines delivered to {@code regionCode}; empty for a region Kiosk does not deliver to. */
    Optional<DeliveryFacts> of(CartId cartId, String regionCode) {
        Optional<Region> region = regions.find(regionCode);
        if (region.isEmpty()) {
            return Optional.empty();
        }
        List<LineDelivery> lines = new ArrayList<>();
        for (CartLines.Goods goods : carts.of(cartId)) {
            facts(goods).ifPresent(lines::add);
        }
        return Optional.of(new DeliveryFacts(region.get(), LocalDate.now(mallClock), lines));
    }

    private Optional<LineDelivery> facts(CartLines.Goods goods) {
        Optional<ProductDefinition> product = catalog.defined(goods.productId());
        if (product.isEmpty()) {
            return Optional.empty();
        }
        Configuration configuration;
        try {
            configuration = Configuration.of(product.get(), goods.options());
        } catch (InvalidConfiguration revisedAway) {
            return Optional.empty();
        }
        StockItemId stockItemId = goods.stockItemId() != null ? goods.stockItemId()
                : StockItemId.of(goods.productId(), configuration.stockVariant());
        return Optional.of(new LineDelivery(goods.itemId(), stock.of(stockItemId), configuration.optionLeadDays()));
    }
}
