package io.kiosk.api.catalog;

/** A product was defined (unpublished). */
public record ProductDefined(ProductId productId, ProductDefinition definition) {
}
