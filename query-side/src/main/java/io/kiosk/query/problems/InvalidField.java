package io.kiosk.query.problems;

import io.kiosk.security.problems.ClientFaults;
import io.kiosk.security.problems.Fault;

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

    public InvalidField(Fault fault) {
        this(fault.field(), fault.message(), fault.allowed());
    }

    public String field() {
        return field;
    }

    public List<String> allowed() {
        return allowed;
    }

    /**
     * Builds a value, reporting a refusal by its constructor as a fault of {@code field}, or of the part of it the
     * refusal names ({@link ClientFaults#refusal}).
     */
    public static <T> T parse(String field, Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException refused) {
            throw new InvalidField(ClientFaults.refusal(field, refused));
        }
    }

    /** The constant of an enum {@code value} names (in any case), or a refusal listing the allowed ones. */
    public static <E extends Enum<E>> E named(String field, String value, Class<E> type) {
        return ClientFaults.named(field, value, type, InvalidField::new);
    }
}
