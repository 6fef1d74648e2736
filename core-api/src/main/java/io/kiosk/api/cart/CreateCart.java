package io.kiosk.api.cart;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Open a new, empty cart. */
public record CreateCart(@TargetAggregateIdentifier CartId cartId) {
}
