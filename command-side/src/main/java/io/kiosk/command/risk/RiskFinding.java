package io.kiosk.command.risk;

import java.util.Objects;

/** A rule that fired: its stable code, what it asks for, and why (for people, in the log). */
public record RiskFinding(String rule, RiskAction action, String detail) {

    public RiskFinding {
        Objects.requireNonNull(rule, "rule is required");
        Objects.requireNonNull(action, "action is required");
    }
}
