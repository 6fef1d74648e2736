package io.kiosk.api.catalog;

import java.util.List;

/** The answer to {@link ListCatalogueEntries}: the products in the order of their ids. */
public record CatalogueEntries(List<CatalogueEntry> products) {

    public CatalogueEntries {
        products = List.copyOf(products);
    }
}
