package io.kiosk.api.catalog;

import io.kiosk.api.text.FreeText;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Which published products match: an optional free text (Chinese or English), a category, a range
 * of "from" prices, chosen option values (any value of one group, every group), only those in
 * stock (or only those out of it); sorted, one page of at most {@value #MAX_PAGE_SIZE} hits.
 * Every facet of the answer is counted as if its own filter were not set.
 */
public record SearchProducts(String text,
                             String category,
                             BigDecimal minPrice,
                             BigDecimal maxPrice,
                             List<ChoiceRef> options,
                             Boolean inStock,
                             ProductSort sort,
                             int page,
                             int size) {

    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_TEXT_LENGTH = 200;
    /** How deep paging may reach: the search index answers at most this many hits for one query. */
    public static final int MAX_RESULT_WINDOW = 10_000;
    /** The highest price a range may name: far above any product, and exact as the index's double. */
    public static final BigDecimal MAX_PRICE = new BigDecimal("1000000000000");

    public SearchProducts {
        text = FreeText.optional("text", text, MAX_TEXT_LENGTH);
        category = FreeText.optional("category", category, MAX_TEXT_LENGTH);
        options = options == null ? List.of() : List.copyOf(options);
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("a page holds 1 to " + MAX_PAGE_SIZE + " products");
        }
        if (page < 0 || (page + 1L) * size > MAX_RESULT_WINDOW) {
            throw new IllegalArgumentException("pages start at 0 and reach at most " + MAX_RESULT_WINDOW + " products deep");
        }
        if (minPrice != null && minPrice.signum() < 0 || maxPrice != null && maxPrice.signum() < 0) {
            throw new IllegalArgumentException("prices are not negative");
        }
        if (minPrice != null && minPrice.compareTo(MAX_PRICE) > 0 || maxPrice != null && maxPrice.compareTo(MAX_PRICE) > 0) {
            throw new IllegalArgumentException("prices are at most " + MAX_PRICE.toPlainString());
        }
        if (minPrice != null && maxPrice != null && maxPrice.compareTo(minPrice) < 0) {
            throw new IllegalArgumentException("the highest price is below the lowest");
        }
    }

    /** The sort asked for, else relevance for a text search and popularity without one. */
    public ProductSort effectiveSort() {
        return Objects.requireNonNullElse(sort, text == null ? ProductSort.POPULARITY : ProductSort.RELEVANCE);
    }
}
