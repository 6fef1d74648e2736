package io.kiosk.api.cart;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** The identifier of one line of a cart, and later of the order made from it. */
public record CartItemId(@JsonValue UUID value) {

    @JsonCreator
    public CartItemId {
        Objects.requireNonNull(value, "cart item id is required");
    }

    public static CartItemId random() {
        return new CartItemId(UUID.randomUUID());
    }

    public static CartItemId of(String value) {
        return new CartItemId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
