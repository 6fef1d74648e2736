package io.kiosk.query.problems;

import java.util.List;
import java.util.function.Supplier;

/**
 * A request field or parameter whose value cannot be used: answered 400 naming it, and, where the
 * valid values are few (delivery regions, sorts), listing them in {@code allowed}.
 */
public class InvalidField extends RuntimeException {

    private final String field;
    private final List<String> allowed;

    public InvalidField(String field, String message) {
        this(field, message, List.of());
    }

    public InvalidField(String field, String message, List<String> allowed) {
        super(message, null, false, false);
        this.field = field;
        this.allowed = List.copyOf(allowed);
    }

    public String field() {
        return field;
    }

    public List<String> allowed() {
        return allowed;
    }

    /** Builds a value, reporting a refusal by its constructor as a fault of {@code field}. */
    public static <T> T parse(String field, Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException refused) {
            throw new InvalidField(field, refused.getMessage() == null ? "is not a valid value" : refused.getMessage());
        }
    }
}
