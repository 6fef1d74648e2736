package io.kiosk.command.problems;

/**
 * A request field that passed its syntax check but is not a valid value (an unknown currency, a
 * price finer than its currency allows). Thrown while turning a request into a command.
 */
public class InvalidField extends RuntimeException {

    private final String field;

    public InvalidField(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** Builds a value, reporting a refusal by its constructor as a fault of {@code field}. */
    public static <T> T parse(String field, java.util.function.Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException refused) {
            throw new InvalidField(field, refused.getMessage() == null ? "is not a valid value" : refused.getMessage());
        }
    }
}
