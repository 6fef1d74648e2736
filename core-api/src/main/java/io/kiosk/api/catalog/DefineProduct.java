package io.kiosk.api.catalog;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Define a new product, not yet visible to customers. */
public record DefineProduct(@TargetAggregateIdentifier ProductId productId, ProductDefinition definition) {
}
