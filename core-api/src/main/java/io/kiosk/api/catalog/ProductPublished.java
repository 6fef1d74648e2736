package io.kiosk.api.catalog;

import org.axonframework.serialization.Revision;

/** A product became visible and orderable. */
@Revision("1")
public record ProductPublished(ProductId productId) {
}
