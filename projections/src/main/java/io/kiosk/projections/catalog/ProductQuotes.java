package io.kiosk.projections.catalog;

import io.kiosk.api.catalog.Configuration;
import io.kiosk.api.catalog.InvalidConfiguration;
import io.kiosk.api.catalog.Quote;
import io.kiosk.api.catalog.PreviewQuote;
import io.kiosk.api.catalog.QuoteConfiguration;
import io.kiosk.api.catalog.QuoteRefusal;
import io.kiosk.api.delivery.DeliveryRegions;
import io.kiosk.api.delivery.DeliveryRules;
import io.kiosk.api.delivery.Region;
import io.kiosk.api.delivery.StockLevel;
import io.kiosk.api.delivery.StockStatus;
import io.kiosk.api.inventory.StockItemId;
import io.kiosk.api.pricing.Pricing;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The live quote a customer sees on every click while configuring a product: the one pricing rule,
 * the variant's stock and the delivery window for a region, from the catalogue read model. Two
 * primary-key lookups (the product, whose parsed definition is kept in memory per version, and the
 * variant's stock) and no more. A quote that cannot be given fails with a {@link QuoteRefusal} as
 * the details of a {@link QueryExecutionException}, which reach the asker on every query bus.
 */
@Component
class ProductQuotes {

    private final PublishedProducts products;
    private final StockStore stock;
    private final DeliveryRegions regions;
    private final Clock clock;

    ProductQuotes(PublishedProducts products, StockStore stock, DeliveryRegions regions, Clock clock) {
        this.products = products;
        this.stock = stock;
        this.regions = regions;
        this.clock = clock;
    }

    @QueryHandler
    Quote answer(QuoteConfiguration query) {
        return quote(query, products.find(query.productId()));
    }

    @QueryHandler
    Quote answer(PreviewQuote preview) {
        return quote(preview.quote(), products.findDefined(preview.quote().productId()));
    }

    private Quote quote(QuoteConfiguration query, Optional<PublishedProducts.PublishedProduct> found) {
        Region region = regions.find(query.region()).orElseThrow(() -> refused(QuoteRefusal.unknownRegion(query.region(),
                regions.regions().stream().map(Region::code).toList())));
        PublishedProducts.PublishedProduct product = found
                .orElseThrow(() -> refused(QuoteRefusal.unknownProduct(query.productId())));
        Configuration configuration;
        try {
            configuration = Configuration.of(product.definition(), query.options());
        } catch (InvalidConfiguration invalid) {
            throw refused(QuoteRefusal.invalid(invalid));
        }
        StockLevel level = stock.level(StockItemId.of(query.productId(), configuration.stockVariant()));
        int quantity = query.quantity().value();
        StockStatus status = level.statusFor(quantity);
        return new Quote(query.productId(),
                configuration.options(),
                region.code(),
                Pricing.price(configuration, query.quantity()),
                status,
                status == StockStatus.MADE_TO_ORDER ? null : level.available(),
                DeliveryRules.estimate(level, quantity, configuration.optionLeadDays(), region, LocalDate.now(clock)).orElse(null));
    }

    private static QueryExecutionException refused(QuoteRefusal refusal) {
        return new QueryExecutionException(refusal.message(), null, refusal);
    }
}
