package io.kiosk.command.risk;

import java.util.List;

/**
 * What the risk check says about a payment: {@code ALLOW}, {@code HOLD} for review or {@code DECLINE}, with the
 * codes of the rules that fired. A decline wins over a hold; the rules list every rule that fired.
 */
public record RiskVerdict(Decision decision, List<String> rules) {

    public enum Decision { ALLOW, HOLD, DECLINE }

    public RiskVerdict {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    public static RiskVerdict allow() {
        return new RiskVerdict(Decision.ALLOW, List.of());
    }

    /** The verdict of every rule that fired (rules turned off never fire). */
    public static RiskVerdict of(List<RiskFinding> findings) {
        List<RiskFinding> acting = findings.stream().filter(finding -> finding.action() != RiskAction.OFF).toList();
        if (acting.isEmpty()) {
            return allow();
        }
        Decision decision = acting.stream().anyMatch(finding -> finding.action() == RiskAction.DECLINE)
                ? Decision.DECLINE : Decision.HOLD;
        return new RiskVerdict(decision, acting.stream().map(RiskFinding::rule).distinct().toList());
    }
}
