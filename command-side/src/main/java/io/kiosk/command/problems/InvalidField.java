package io.kiosk.command.problems;

import io.kiosk.api.text.InvalidText;
import io.kiosk.security.problems.ClientFaults;
import io.kiosk.security.problems.Fault;

import java.util.List;
import java.util.function.Supplier;

/**
 * A request field that passed its syntax check but is not a valid value (an unknown currency, a
 * price finer than its currency allows). Thrown while turning a request into a command; answered 400 naming
 * it, and, where the valid values are few (statuses, regions), listing them in {@code allowed}.
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

    /**
     * Builds a value made of several fields of the request itself (a saved payment method's token and label): a
     * text refusal names its field as it is, any other refusal is a fault of {@code otherwise}.
     */
    public static <T> T parseFields(String otherwise, Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidText invalid) {
            throw new InvalidField(invalid.field(), invalid.reason());
        } catch (IllegalArgumentException refused) {
            throw new InvalidField(otherwise, ClientFaults.ownMessage(refused).orElse("is not a valid value"));
        }
    }

    /** The constant of an enum {@code value} names (in any case), or a refusal listing the allowed ones. */
    public static <E extends Enum<E>> E named(String field, String value, Class<E> type) {
        return ClientFaults.named(field, value, type, InvalidField::new);
    }
}
