package io.kiosk.projections.catalog;

import io.kiosk.api.catalog.CatalogueEntries;
import io.kiosk.api.catalog.CatalogueEntry;
import io.kiosk.api.catalog.FindCatalogueEntry;
import io.kiosk.api.catalog.FindProduct;
import io.kiosk.api.catalog.ListCatalogueEntries;
import io.kiosk.api.catalog.ProductDefined;
import io.kiosk.api.catalog.ProductDefinition;
import io.kiosk.api.catalog.ProductDetails;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.catalog.ProductPublished;
import io.kiosk.api.catalog.ProductRevised;
import io.kiosk.api.catalog.ProductWithdrawn;
import io.kiosk.api.delivery.StockLevel;
import io.kiosk.api.delivery.StockStatus;
import io.kiosk.api.inventory.StockCommitted;
import io.kiosk.api.inventory.StockCounted;
import io.kiosk.api.inventory.StockReceived;
import io.kiosk.api.inventory.StockReleased;
import io.kiosk.api.inventory.StockReserved;
import io.kiosk.api.inventory.VariantMadeToOrder;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderPlaced;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Keeps the catalogue read model (published products, stock per variant, units sold) in PostgreSQL
 * and the product search index in step with it, and answers for one published product. Product
 * events carry the product's sequence number and stock events their stock item's, which the stores
 * use to apply each at most once; sales count once per order and product. Whatever changes what a
 * product's search document shows is followed by a rewrite of it ({@link ProductSearchFeed}).
 */
@Component
@ProcessingGroup(CatalogProjection.PROCESSING_GROUP)
public class CatalogProjection {

    public static final String PROCESSING_GROUP = "catalog";

    private final CatalogStore store;
    private final StockStore stock;
    private final ProductDefinitions definitions;
    private final ProductSearchFeed search;
    private final PublishedProducts published;
    private final ManagedProducts managed;

    CatalogProjection(CatalogStore store, StockStore stock, ProductDefinitions definitions, ProductSearchFeed search,
                      PublishedProducts published, ManagedProducts managed) {
        this.managed = managed;
        this.store = store;
        this.stock = stock;
        this.definitions = definitions;
        this.search = search;
        this.published = published;
    }

    @EventHandler
    void on(ProductDefined event, @SequenceNumber long sequence, @Timestamp Instant at) {
        define(event.productId(), event.definition(), sequence, at);
    }

    @EventHandler
    void on(ProductRevised event, @SequenceNumber long sequence, @Timestamp Instant at) {
        define(event.productId(), event.definition(), sequence, at);
    }

    @EventHandler
    void on(ProductPublished event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (store.publish(event.productId(), true, sequence, at)) {
            search.refresh(event.productId(), at);
        }
    }

    @EventHandler
    void on(ProductWithdrawn event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (store.publish(event.productId(), false, sequence, at)) {
            search.refresh(event.productId(), at);
        }
    }

    @EventHandler
    void on(StockCounted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(StockChange.of(event), sequence, at);
    }

    @EventHandler
    void on(StockReceived event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(StockChange.of(event), sequence, at);
    }

    @EventHandler
    void on(VariantMadeToOrder event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(StockChange.of(event), sequence, at);
    }

    @EventHandler
    void on(StockReserved event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(StockChange.of(event), sequence, at);
    }

    @EventHandler
    void on(StockReleased event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(StockChange.of(event), sequence, at);
    }

    @EventHandler
    void on(StockCommitted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(StockChange.of(event), sequence, at);
    }

    /**
     * Counts the order's units per product. Products are taken in the order of their ids, so two
     * handlers that lock the same product rows always lock them in the same order and never deadlock.
     */
    @EventHandler
    void on(OrderPlaced event, @Timestamp Instant at) {
        Map<ProductId, Integer> unitsByProduct = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
        for (OrderLine line : event.lines()) {
            unitsByProduct.merge(line.productId(), line.quantity().value(), Integer::sum);
        }
        unitsByProduct.forEach((product, units) -> {
            if (store.recordSale(event.orderId(), product, units, at)) {
                search.refresh(product, at);
            }
        });
    }

    /**
     * A rebuild starts from nothing: the catalogue's tables are emptied, and searches keep reading the current
     * index while the replay writes every product's document, at revisions counted anew, into a fresh one.
     */
    @ResetHandler
    void reset() {
        store.clear();
        stock.clear();
        search.rebuild();
    }

    @QueryHandler
    Optional<ProductDetails> answer(FindProduct query) {
        return published.find(query.productId()).map(product -> new ProductDetails(
                product.productId(),
                product.definition(),
                stock.variantsOf(product.productId()).stream()
                        .map(variant -> new ProductDetails.VariantStock(variant.variant(), variant.level().statusFor(1),
                                leadDaysOf(variant.level())))
                        .toList(),
                product.unitsSold(),
                product.publishedAt()));
    }

    @QueryHandler
    CatalogueEntries answer(ListCatalogueEntries query) {
        return new CatalogueEntries(managed.list(query.limit()));
    }

    @QueryHandler
    Optional<CatalogueEntry> answer(FindCatalogueEntry query) {
        return managed.find(query.productId());
    }

    private static Integer leadDaysOf(StockLevel level) {
        return level.statusFor(1) == StockStatus.MADE_TO_ORDER ? level.leadDays() : null;
    }

    private void define(ProductId product, ProductDefinition definition, long sequence, Instant at) {
        if (store.define(product, definitions.toJson(definition), sequence, at)) {
            search.refresh(product, at);
        }
    }

    /**
     * The search document shows only whether a product can be ordered at all, so a stock change
     * rewrites it only when its variant starts or stops being orderable, not for every reservation.
     */
    private void apply(StockChange change, long sequence, Instant at) {
        if (stock.apply(change, sequence, at).filter(StockStore.Applied::changesWhetherOrderable).isPresent()) {
            search.refresh(change.product(), at);
        }
    }
}
