package io.kiosk.api.cart;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take one line out of the cart. */
public record RemoveItemFromCart(@TargetAggregateIdentifier CartId cartId, CartItemId itemId) {
}
