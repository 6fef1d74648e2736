package io.kiosk.api.catalog;

import io.kiosk.api.pricing.Money;
import jakarta.annotation.Nullable;

import java.util.List;

/**
 * One page of product search: the hits, how many products match in all, and the facets to narrow down further.
 * When a text finds nothing, {@code didYouMean} may name a text that does (a misspelt word corrected, a Chinese word
 * typed with the wrong characters of the same sound), and {@code fallback} says what to show instead; both are
 * absent when there are hits.
 */
public record ProductSearchResult(long total, int page, int size, List<Hit> hits, ProductFacets facets,
                                  @Nullable String didYouMean, @Nullable SearchFallback fallback) {

    public ProductSearchResult {
        hits = List.copyOf(hits);
    }

    public ProductSearchResult(long total, int page, int size, List<Hit> hits, ProductFacets facets) {
        this(total, page, size, hits, facets, null, null);
    }

    /** The same answer, with what to offer instead of nothing. */
    public ProductSearchResult withFallback(String didYouMean, SearchFallback fallback) {
        return new ProductSearchResult(total, page, size, hits, facets, didYouMean, fallback);
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
