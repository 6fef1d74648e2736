package io.kiosk.api.catalog;

import java.util.Objects;

/**
 * What a product was sold as: its name in both languages and its category at the moment it went into a
 * cart. Order lines keep it, as an invoice keeps the words printed on it: a later revision of the product
 * changes neither past orders nor what read models built from them say, however often they are rebuilt.
 */
public record ProductLabel(LocalizedText name, String category) {

    public ProductLabel {
        Objects.requireNonNull(name, "name is required");
        Objects.requireNonNull(category, "category is required");
    }

    public static ProductLabel of(ProductDefinition product) {
        return new ProductLabel(product.name(), product.category());
    }
}
