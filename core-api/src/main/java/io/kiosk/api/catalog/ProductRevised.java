package io.kiosk.api.catalog;

/** A product's definition changed; prices apply from now on. */
public record ProductRevised(ProductId productId, ProductDefinition definition) {
}
