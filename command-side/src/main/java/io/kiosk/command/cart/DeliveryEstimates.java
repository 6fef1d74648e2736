package io.kiosk.command.cart;

import io.kiosk.api.catalog.Configuration;
import io.kiosk.api.catalog.InvalidConfiguration;
import io.kiosk.api.catalog.ProductDefinition;
import io.kiosk.api.delivery.DeliveryRegions;
import io.kiosk.api.delivery.DeliveryRules;
import io.kiosk.api.delivery.DeliveryWindow;
import io.kiosk.api.delivery.Region;
import io.kiosk.api.inventory.StockItemId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.command.catalog.ProductCatalog;
import io.kiosk.command.inventory.StockLevels;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * When a checkout's goods should arrive, by the same {@link DeliveryRules} as the live quote: each
 * line's window from its stock level, quantity and the lead days of its options, counted from
 * today in the mall's time zone; the order's window is the latest of them (it ships whole). A line
 * out of stock, or one whose options the product no longer accepts, makes no promise for the order.
 */
@Component
class DeliveryEstimates {

    private final ProductCatalog catalog;
    private final StockLevels stock;
    private final DeliveryRegions regions;
    private final Clock mallClock;

    DeliveryEstimates(ProductCatalog catalog, StockLevels stock, DeliveryRegions regions,
                      @Qualifier("mallClock") Clock mallClock) {
        this.catalog = catalog;
        this.stock = stock;
        this.regions = regions;
        this.mallClock = mallClock;
    }

    /** The window for these lines delivered to {@code regionCode}; empty when any line cannot be promised. */
    Optional<DeliveryWindow> estimate(List<OrderLine> lines, String regionCode) {
        Optional<Region> region = regions.find(regionCode);
        if (region.isEmpty() || lines.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(mallClock);
        DeliveryWindow latest = null;
        for (OrderLine line : lines) {
            Optional<DeliveryWindow> window = estimate(line, region.get(), today);
            if (window.isEmpty()) {
                return Optional.empty();
            }
            latest = latest == null ? window.get() : later(latest, window.get());
        }
        return Optional.of(latest);
    }

    private Optional<DeliveryWindow> estimate(OrderLine line, Region region, LocalDate today) {
        Optional<ProductDefinition> product = catalog.defined(line.productId());
        if (product.isEmpty()) {
            return Optional.empty();
        }
        Configuration configuration;
        try {
            configuration = Configuration.of(product.get(), line.options());
        } catch (InvalidConfiguration revisedAway) {
            return Optional.empty();
        }
        StockItemId stockItemId = line.stockItemId() != null ? line.stockItemId()
                : StockItemId.of(line.productId(), configuration.stockVariant());
        return DeliveryRules.estimate(stock.of(stockItemId), line.quantity().value(),
                configuration.optionLeadDays(), region, today);
    }

    private static DeliveryWindow later(DeliveryWindow one, DeliveryWindow other) {
        return new DeliveryWindow(max(one.earliest(), other.earliest()), max(one.latest(), other.latest()));
    }

    private static LocalDate max(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }
}
