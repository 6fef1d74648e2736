package io.kiosk.api.cart;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Set the quantity of one line of the cart. */
public record ChangeCartItemQuantity(@TargetAggregateIdentifier CartId cartId, CartItemId itemId, Quantity quantity) {
}
