package io.kiosk.security.problems;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.kiosk.api.text.InvalidText;
import org.springframework.http.converter.HttpMessageNotReadableException;

import java.lang.reflect.Method;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The words both applications' problem details use for a request they cannot read: fixed sentences naming the
 * field and what it should be (with the allowed values of a choice), or the refusal of one of Kiosk's own value
 * objects. What Jackson, the JDK or Spring say about it (class names, parser positions) is for the log only.
 */
public final class ClientFaults {

    private static final int MAX_ECHO = 40;

    private ClientFaults() {
    }

    /**
     * Why a body could not be read, as the fault of a field; empty when the body as a whole is not the JSON asked
     * for (not JSON at all, or not an object), which is answered as {@code malformed-json}.
     */
    public static Optional<Fault> unreadable(HttpMessageNotReadableException unreadable) {
        if (!(unreadable.getCause() instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return Optional.empty();
        }
        String field = pathOf(mapping);
        Throwable root = rootCause(mapping);
        if (root instanceof InvalidText text) {
            return Optional.of(new Fault(field + "." + text.field(), text.reason()));
        }
        Optional<String> refusal = root == mapping ? Optional.empty() : ownMessage(root);
        if (refusal.isPresent()) {
            return Optional.of(new Fault(field, refusal.get()));
        }
        if (mapping instanceof UnrecognizedPropertyException) {
            return Optional.of(new Fault(field, "is not a field of this request"));
        }
        if (mapping instanceof InvalidNullException) {
            return Optional.of(new Fault(field, "is required"));
        }
        if (mapping instanceof InvalidFormatException format) {
            return Optional.of(mismatch(field, format.getValue(), format.getTargetType()));
        }
        if (mapping instanceof ValueInstantiationException) {
            return Optional.of(new Fault(field, "is not a valid value"));
        }
        if (mapping instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return Optional.of(new Fault(field, "must be " + describe(mismatched.getTargetType()),
                    allowed(mismatched.getTargetType())));
        }
        return Optional.of(new Fault(field, "has the wrong type or shape"));
    }

    /**
     * A value object's refusal of {@code field}'s value as the fault of that field, or of the part of it the
     * refusal names ({@code address} and {@code recipient}: {@code address.recipient}). Only Kiosk's own words
     * reach the client: a refusal the JDK worded is "is not a valid value".
     */
    public static Fault refusal(String field, IllegalArgumentException refused) {
        if (refused instanceof InvalidText invalid) {
            return new Fault(field.equals(invalid.field()) ? field : field + "." + invalid.field(), invalid.reason());
        }
        return new Fault(field, ownMessage(refused).orElse("is not a valid value"));
    }

    /** A parameter, path segment or field whose value is not of the type it must be. */
    public static Fault mismatch(String field, Object value, Class<?> requiredType) {
        String written = "'" + echo(value) + "'";
        if (requiredType != null && requiredType.isEnum()) {
            List<String> allowed = allowed(requiredType);
            return new Fault(field, written + " is not one of " + String.join(", ", allowed), allowed);
        }
        return new Fault(field, written + " is not " + describe(requiredType));
    }

    /** The constant of {@code type} named {@code value} (in any case), or a fault listing the allowed names. */
    public static <E extends Enum<E>> E named(String field, String value, Class<E> type, Function<Fault, RuntimeException> refusal) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equalsIgnoreCase(value == null ? "" : value.strip()))
                .findFirst()
                .orElseThrow(() -> refusal.apply(mismatch(field, value, type)));
    }

    /** The values a client may write for an enum: their JSON names. */
    public static List<String> allowed(Class<?> type) {
        if (type == null || !type.isEnum()) {
            return List.of();
        }
        Optional<Method> jsonValue = Arrays.stream(type.getMethods())
                .filter(method -> method.isAnnotationPresent(JsonValue.class) && method.getParameterCount() == 0).findFirst();
        return Arrays.stream(type.getEnumConstants()).map(constant -> {
            try {
                return jsonValue.isPresent() ? String.valueOf(jsonValue.get().invoke(constant)) : ((Enum<?>) constant).name();
            } catch (ReflectiveOperationException unreadable) {
                return ((Enum<?>) constant).name();
            }
        }).toList();
    }

    /**
     * The message of a refusal that one of Kiosk's own classes wrote (a value object's {@code IllegalArgumentException},
     * a {@code requireNonNull} naming what is missing); empty for what the JDK or a library says, which may name
     * their classes.
     */
    public static Optional<String> ownMessage(Throwable refusal) {
        if (refusal == null || refusal.getMessage() == null || refusal.getMessage().isBlank()) {
            return Optional.empty();
        }
        if (refusal instanceof InvalidText text) {
            return Optional.of(text.getMessage());
        }
        StackTraceElement[] trace = refusal.getStackTrace();
        int first = trace.length > 0 && trace[0].getClassName().equals("java.util.Objects") ? 1 : 0;
        boolean ours = trace.length > first && trace[first].getClassName().startsWith("io.kiosk.");
        return ours && (refusal instanceof IllegalArgumentException || refusal instanceof NullPointerException)
                ? Optional.of(refusal.getMessage()) : Optional.empty();
    }

    /** What a value of {@code type} is, in words. */
    static String describe(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            return "one of " + String.join(", ", allowed(type));
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "text";
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class || type == Integer.class
                || type == Long.class || type == Short.class || type == Byte.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (type.isPrimitive() && type != boolean.class || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == UUID.class) {
            return "an id (a UUID such as 5f0c3c57-6a55-4a4e-9d3a-3d3f2c1b0a99)";
        }
        if (type == LocalDate.class) {
            return "a date such as 2026-11-25";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date and time such as 2026-11-25T10:00:00Z";
        }
        if (type == Currency.class) {
            return "an ISO 4217 currency code such as CNY";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type.isRecord() && type.getRecordComponents().length == 1 && wrapsOneValue(type)) {
            return describe(type.getRecordComponents()[0].getType());
        }
        return Map.class.isAssignableFrom(type) || !type.isPrimitive() ? "an object" : "a valid value";
    }

    /** A value object written in JSON as its one value ({@code "mia@example.com"}, not {@code {"value": ...}}). */
    private static boolean wrapsOneValue(Class<?> type) {
        return Arrays.stream(type.getMethods()).anyMatch(method -> method.isAnnotationPresent(JsonValue.class))
                || Arrays.stream(type.getRecordComponents()).anyMatch(component -> component.isAnnotationPresent(JsonValue.class)
                || component.getAccessor().isAnnotationPresent(JsonValue.class));
    }

    /** A client's value, short and on one line, to quote back. */
    static String echo(Object value) {
        String text = String.valueOf(value);
        StringBuilder shown = new StringBuilder();
        text.codePoints().limit(MAX_ECHO).forEach(character -> shown.appendCodePoint(Character.isISOControl(character) ? '?' : character));
        return text.codePointCount(0, text.length()) > MAX_ECHO ? shown + "…" : shown.toString();
    }

    /** The field's path as a client wrote it: {@code address.recipient}, {@code lines[0].quantity}. */
    static String pathOf(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static Throwable rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
