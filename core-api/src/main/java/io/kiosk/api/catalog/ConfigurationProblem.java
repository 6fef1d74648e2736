package io.kiosk.api.catalog;

import java.util.List;

/**
 * One reason a configuration cannot be ordered: the request field at fault ({@code options.size}),
 * what is wrong, and the choices that conflict, written {@code group=choice}.
 */
public record ConfigurationProblem(String field, String message, List<String> conflicting) {

    public ConfigurationProblem {
        conflicting = conflicting == null ? List.of() : List.copyOf(conflicting);
    }

    static ConfigurationProblem of(String group, String message, String... conflicting) {
        return new ConfigurationProblem("options." + group, message, List.of(conflicting));
    }
}
