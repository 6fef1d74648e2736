package io.kiosk.api.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/** Names one choice of one option group, written {@code group=choice} (as in {@code size=L}). */
public record ChoiceRef(String group, String choice) {

    public ChoiceRef {
        Objects.requireNonNull(group, "group is required");
        Objects.requireNonNull(choice, "choice is required");
    }

    @JsonCreator
    public static ChoiceRef parse(String text) {
        int equals = text == null ? -1 : text.indexOf('=');
        if (equals <= 0 || equals == text.length() - 1) {
            throw new IllegalArgumentException("a choice is written group=choice, such as size=L; got '" + text + "'");
        }
        return new ChoiceRef(text.substring(0, equals), text.substring(equals + 1));
    }

    @JsonValue
    @Override
    public String toString() {
        return group + "=" + choice;
    }
}
