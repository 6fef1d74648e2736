package io.kiosk.api.cart;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** The identifier of a shopping cart. */
public record CartId(@JsonValue UUID value) {

    @JsonCreator
    public CartId {
        Objects.requireNonNull(value, "cart id is required");
    }

    public static CartId random() {
        return new CartId(UUID.randomUUID());
    }

    public static CartId of(String value) {
        return new CartId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
