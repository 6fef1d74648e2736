package io.kiosk.api.catalog;

/** A product was taken out of the catalogue. */
public record ProductWithdrawn(ProductId productId) {
}
