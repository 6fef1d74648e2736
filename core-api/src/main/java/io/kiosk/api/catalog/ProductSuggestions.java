package io.kiosk.api.catalog;

import java.util.List;

/** What {@link SuggestProducts} found: each product once, the best first, named in the language asked for. */
public record ProductSuggestions(String prefix, List<Suggestion> suggestions) {

    public ProductSuggestions {
        suggestions = List.copyOf(suggestions);
    }

    /** One product to offer: its id (its page is {@code /products/{productId}}), its name and its category. */
    public record Suggestion(ProductId productId, String name, String category) {
    }
}
