package io.kiosk.api.catalog;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Change a product's definition (prices, options, texts). Orders already placed keep their prices. */
public record ReviseProduct(@TargetAggregateIdentifier ProductId productId, ProductDefinition definition) {
}
