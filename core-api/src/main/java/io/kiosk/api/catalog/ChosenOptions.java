package io.kiosk.api.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.kiosk.api.text.FreeText;
import io.kiosk.api.text.InvalidText;

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
    /** Longer than any option group's id, so that an unknown one is reported as unknown. */
    private static final int MAX_NAME_LENGTH = 100;

    @JsonCreator
    public ChosenOptions {
        Objects.requireNonNull(values, "options are required (use an empty map for none)");
        if (values.size() > MAX_OPTIONS) {
            throw new IllegalArgumentException("at most " + MAX_OPTIONS + " options may be chosen");
        }
        TreeMap<String, String> normal = new TreeMap<>();
        values.forEach((group, choice) -> {
            if (group == null || group.isBlank()) {
                throw new IllegalArgumentException("option names must not be blank");
            }
            String name = name(group);
            if (choice == null || choice.isBlank()) {
                throw new InvalidText(name, "needs a value");
            }
            if (normal.put(name, FreeText.required(name, choice, MAX_VALUE_LENGTH)) != null) {
                throw new InvalidText(name, "is chosen twice");
            }
        });
        values = Collections.unmodifiableSortedMap(normal);
    }

    private static String name(String group) {
        try {
            return FreeText.required("name", group, MAX_NAME_LENGTH);
        } catch (InvalidText invalid) {
            throw new IllegalArgumentException("an option name " + invalid.reason());
        }
    }

    public static ChosenOptions none() {
        return new ChosenOptions(Map.of());
    }
}
