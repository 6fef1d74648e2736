package io.kiosk.api.catalog;

/** A product became visible and orderable. */
public record ProductPublished(ProductId productId) {
}
