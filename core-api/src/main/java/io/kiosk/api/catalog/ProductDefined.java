package io.kiosk.api.catalog;

import org.axonframework.serialization.Revision;

/** A product was defined (unpublished). */
@Revision("1")
public record ProductDefined(ProductId productId, ProductDefinition definition) {
}
