package io.kiosk.api.cart;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How many units of one configured product a line holds: at least one, at most {@value #MAX}. */
public record Quantity(@JsonValue int value) {

    public static final int MAX = 999;

    @JsonCreator
    public Quantity {
        if (value < 1 || value > MAX) {
            throw new IllegalArgumentException("quantity must be between 1 and " + MAX + ", was " + value);
        }
    }

    public Quantity plus(Quantity other) {
        return new Quantity(value + other.value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
