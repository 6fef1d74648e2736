package io.kiosk.api.catalog;

/** How does this product stand for the back office: its current definition (published or not) and its exact stock? */
public record FindCatalogueEntry(ProductId productId) {
}
