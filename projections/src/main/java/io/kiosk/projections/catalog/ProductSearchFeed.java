package io.kiosk.projections.catalog;

import io.kiosk.api.catalog.ProductDefinition;
import io.kiosk.api.catalog.ProductId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;

/**
 * Brings a product's search document up to date after any change to the product, its stock or
 * its sales. It takes the next search revision (and with it the product's row lock), reads the
 * product whole as it now stands, and writes it at that revision: a published product is indexed,
 * one that is no longer published is removed, one that never was is left alone.
 */
@Component
class ProductSearchFeed {

    private final CatalogStore store;
    private final ProductDefinitions definitions;
    private final ProductSearchIndex index;
    private final TransactionTemplate eachOnItsOwn;

    ProductSearchFeed(CatalogStore store, ProductDefinitions definitions, ProductSearchIndex index,
                      PlatformTransactionManager transactions) {
        this.store = store;
        this.definitions = definitions;
        this.index = index;
        this.eachOnItsOwn = new TransactionTemplate(transactions);
        this.eachOnItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The catalogue's replay starts: writes go to a fresh index, which is filled at once with every product
     * the search shows (or showed), each refreshed in a transaction of its own so that the revision it was
     * written at is committed with it. The replay itself changes nothing in the catalogue tables (their
     * writes are versioned), so this fill is what rebuilds the index; changes arriving meanwhile refresh
     * the new index as usual.
     */
    void rebuild() {
        index.startRebuild(() -> {
            Instant at = Instant.now();
            store.productsForSearch().forEach(product -> eachOnItsOwn.executeWithoutResult(status -> refresh(product, at)));
        });
    }

    void refresh(ProductId product, Instant at) {
        CatalogStore.SearchState state = store.nextSearchRevision(product, at)
                .orElseThrow(() -> new IllegalStateException("the catalogue row of " + product + " vanished"));
        if (state.belongsInSearch()) {
            ProductDefinition definition = definitions.cached(product, state.version())
                    .orElseGet(() -> definitions.parse(product, state.version(), state.definition()));
            index.write(ProductDocument.of(product, definition, state.inStock(), state.unitsSold(), state.publishedAt()),
                    state.revision());
            if (!state.inSearch()) {
                store.markInSearch(product, true);
            }
        } else if (state.inSearch()) {
            index.remove(product.value(), state.revision());
            store.markInSearch(product, false);
        }
    }
}
