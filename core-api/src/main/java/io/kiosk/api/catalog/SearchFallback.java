package io.kiosk.api.catalog;

import jakarta.annotation.Nullable;

import java.util.List;

/**
 * What a search that found nothing shows instead, and why: the products {@code didYouMean} finds
 * ({@link Reason#DID_YOU_MEAN}), the most popular products of the category closest to the text
 * ({@link Reason#CLOSEST_CATEGORY}, {@code category} naming it), or the most popular products of all
 * ({@link Reason#POPULAR}). Never empty while anything is on sale.
 */
public record SearchFallback(Reason reason, @Nullable String category, List<ProductSearchResult.Hit> products) {

    public SearchFallback {
        products = List.copyOf(products);
    }

    public enum Reason { DID_YOU_MEAN, CLOSEST_CATEGORY, POPULAR }
}
