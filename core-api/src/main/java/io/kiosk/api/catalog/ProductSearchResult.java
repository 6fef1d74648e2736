package io.kiosk.api.catalog;

import io.kiosk.api.pricing.Money;

import java.util.List;

/** One page of product search: the hits, how many products match in all, and the facets to narrow down further. */
public record ProductSearchResult(long total, int page, int size, List<Hit> hits, ProductFacets facets) {

    public ProductSearchResult {
        hits = List.copyOf(hits);
    }

    /**
     * A product as a result list shows it. {@code fromPrice} is what its cheapest configuration costs
     * (the base price with the cheapest choice of each required group and every discount that can apply).
     */
    public record Hit(ProductId productId,
                      LocalizedText name,
                      LocalizedText description,
                      String category,
                      Money fromPrice,
                      List<String> images,
                      boolean inStock,
                      long unitsSold) {

        public Hit {
            images = List.copyOf(images);
        }
    }
}
