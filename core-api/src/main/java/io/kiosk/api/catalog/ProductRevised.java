package io.kiosk.api.catalog;

import org.axonframework.serialization.Revision;

/** A product's definition changed; prices apply from now on. */
@Revision("1")
public record ProductRevised(ProductId productId, ProductDefinition definition) {
}
