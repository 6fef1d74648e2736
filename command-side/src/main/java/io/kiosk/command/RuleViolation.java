package io.kiosk.command;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A command broke a business rule and was rejected; nothing was applied. Aggregates throw it before
 * {@code apply()}. It names the rule as a stable {@code type} that clients may switch on, and says
 * what kind of refusal it is without speaking HTTP.
 */
public class RuleViolation extends RuntimeException {

    /** Why the command was refused. */
    public enum Kind {
        /** something the command names does not exist */
        NOT_FOUND,
        /** the command does not fit the current state (a closed cart, an empty cart) */
        CONFLICT,
        /** the command is well-formed but asks for something the rules never allow */
        UNPROCESSABLE,
        /** the caller could not prove who they are (wrong password, invalid token) */
        UNAUTHENTICATED,
        /** the caller is known but may not do this yet (e-mail not verified) */
        FORBIDDEN,
        /** too many failed attempts: try again later */
        THROTTLED
    }

    private final Kind kind;
    private final String type;
    private final String field;
    private final Map<String, Object> details;
    private final Duration retryAfter;

    private RuleViolation(Kind kind, String type, String field, String message) {
        this(kind, type, field, message, Map.of(), null);
    }

    private RuleViolation(Kind kind, String type, String field, String message, Map<String, Object> details,
                          Duration retryAfter) {
        super(message, null, false, false);
        this.kind = Objects.requireNonNull(kind);
        this.type = Objects.requireNonNull(type);
        this.field = field;
        this.details = Map.copyOf(details);
        this.retryAfter = retryAfter;
    }

    public static RuleViolation notFound(String type, String field, String message) {
        return new RuleViolation(Kind.NOT_FOUND, type, field, message);
    }

    public static RuleViolation conflict(String type, String message) {
        return new RuleViolation(Kind.CONFLICT, type, null, message);
    }

    public static RuleViolation unprocessable(String type, String field, String message) {
        return new RuleViolation(Kind.UNPROCESSABLE, type, field, message);
    }

    public static RuleViolation unauthenticated(String type, String message) {
        return new RuleViolation(Kind.UNAUTHENTICATED, type, null, message);
    }

    public static RuleViolation forbidden(String type, String message) {
        return new RuleViolation(Kind.FORBIDDEN, type, null, message);
    }

    /** Too many attempts: the caller may try again after {@code retryAfter} (said in the answer's {@code Retry-After}). */
    public static RuleViolation throttled(String type, String message, Duration retryAfter) {
        return new RuleViolation(Kind.THROTTLED, type, null, message, Map.of(), Objects.requireNonNull(retryAfter));
    }

    public Kind kind() {
        return kind;
    }

    public String type() {
        return type;
    }

    /** The request field at fault, or {@code null} when the rule concerns the whole request. */
    public String field() {
        return field;
    }

    /**
     * The same refusal with a fact the client can act on (such as the current price when the one it
     * saw has changed), given to the client under {@code name}.
     */
    public RuleViolation with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(details);
        more.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
        return new RuleViolation(kind, type, field, getMessage(), more, retryAfter);
    }

    /** How long a throttled caller waits before trying again; empty for other refusals. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The facts given with the refusal, by name; empty for most rules. */
    public Map<String, Object> details() {
        return details;
    }
}
