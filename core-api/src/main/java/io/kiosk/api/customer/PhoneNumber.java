package io.kiosk.api.customer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.regex.Pattern;

/** A phone number in international form, such as {@code +8613800138000}; spaces and dashes are dropped. */
public record PhoneNumber(@JsonValue String value) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    @JsonCreator
    public PhoneNumber {
        Objects.requireNonNull(value, "phone number is required");
        value = value.replaceAll("[\\s()-]", "");
        if (!E164.matcher(value).matches()) {
            throw new IllegalArgumentException("must be an international number such as +8613800138000");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
