package io.kiosk.api.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The choices a customer made for a configurable product: option group to chosen value, such as
 * {@code colour=graphite, size=L, engraving=For Mia}. Kept sorted, so two equal configurations are
 * equal whatever order the customer chose them in.
 */
public record ChosenOptions(@JsonValue Map<String, String> values) {

    public static final int MAX_OPTIONS = 32;
    public static final int MAX_VALUE_LENGTH = 200;

    @JsonCreator
    public ChosenOptions {
        Objects.requireNonNull(values, "options are required (use an empty map for none)");
        if (values.size() > MAX_OPTIONS) {
            throw new IllegalArgumentException("at most " + MAX_OPTIONS + " options may be chosen");
        }
        values.forEach((group, choice) -> {
            if (group == null || group.isBlank()) {
                throw new IllegalArgumentException("option names must not be blank");
            }
            if (choice == null || choice.isBlank()) {
                throw new IllegalArgumentException("option '" + group + "' needs a value");
            }
            if (choice.length() > MAX_VALUE_LENGTH) {
                throw new IllegalArgumentException(
                        "option '" + group + "' is longer than " + MAX_VALUE_LENGTH + " characters");
            }
        });
        values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }

    public static ChosenOptions none() {
        return new ChosenOptions(Map.of());
    }
}
