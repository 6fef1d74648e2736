package io.kiosk.projections.catalog;

import io.kiosk.api.catalog.ProductDefinition;
import io.kiosk.api.catalog.ProductId;
import org.springframework.stereotype.Component;

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

    ProductSearchFeed(CatalogStore store, ProductDefinitions definitions, ProductSearchIndex index) {
        this.store = store;
        this.definitions = definitions;
        this.index = index;
    }

    /**
     * The catalogue's replay starts: its tables were emptied, so every product is written anew as the replay
     * handles its events, into a fresh index; searches read the current one until the replay has caught up.
     */
    void rebuild() {
        index.startRebuild();
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
