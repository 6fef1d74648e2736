package io.kiosk.command.cart;

import jakarta.annotation.Nullable;
import io.kiosk.api.cart.CartId;
import io.kiosk.api.cart.CartItemId;

/**
 * What a cart command answers: the cart, the line it touched (if any) and the cart's version after
 * the command, i.e. the sequence number of its last event. Clients use the version to know when a
 * read model has caught up with their change.
 */
public record CartUpdate(CartId cartId, @Nullable CartItemId itemId, long version) {
}
