package io.kiosk.api.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.regex.Pattern;

/** The identifier of a product in the catalogue, such as {@code ks-charger-pro}. */
public record ProductId(@JsonValue String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    @JsonCreator
    public ProductId {
        Objects.requireNonNull(value, "product id is required");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "product id must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
