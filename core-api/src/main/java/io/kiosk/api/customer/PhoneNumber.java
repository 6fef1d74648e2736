package io.kiosk.api.customer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.kiosk.api.privacy.Erased;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A phone number in international form, such as {@code +8613800138000}; spaces and dashes are dropped. Or
 * {@link #ERASED}, what a number of a customer who was erased reads as: never taken from a person
 * ({@link #of} refuses it), only made when personal data is erased.
 */
public record PhoneNumber(@JsonValue String value) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    /** The number of a customer who was erased (see {@link io.kiosk.api.privacy.PersonalData}). */
    public static final PhoneNumber ERASED = new PhoneNumber(Erased.TEXT);

    @JsonCreator
    public PhoneNumber {
        Objects.requireNonNull(value, "phone number is required");
        if (!Erased.is(value)) {
            value = value.replaceAll("[\\s()-]", "");
            if (!E164.matcher(value).matches()) {
                throw new IllegalArgumentException("must be an international number such as +8613800138000");
            }
        }
    }

    /** A number a person gives: in international form, never the erased marker. */
    public static PhoneNumber of(String value) {
        if (Erased.is(value)) {
            throw new IllegalArgumentException("must be an international number such as +8613800138000");
        }
        return new PhoneNumber(value);
    }

    public boolean isErased() {
        return Erased.is(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
