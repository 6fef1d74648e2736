package io.kiosk.api.catalog;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Show the product to customers and let them order it. */
public record PublishProduct(@TargetAggregateIdentifier ProductId productId) {
}
