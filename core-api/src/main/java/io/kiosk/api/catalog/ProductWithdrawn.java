package io.kiosk.api.catalog;

import org.axonframework.serialization.Revision;

/** A product was taken out of the catalogue. */
@Revision("1")
public record ProductWithdrawn(ProductId productId) {
}
