package io.kiosk.security.problems;

import java.util.List;

/**
 * One fault of a request as a client reads it: the field, parameter or header at fault, why in plain words (never
 * a Java class or a parser's internals), and for a choice among few the values allowed.
 */
public record Fault(String field, String message, List<String> allowed) {

    public Fault {
        allowed = allowed == null ? List.of() : List.copyOf(allowed);
    }

    public Fault(String field, String message) {
        this(field, message, List.of());
    }
}
