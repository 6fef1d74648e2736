package io.kiosk.command.risk;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RiskVerdictTest {

    @Test
    void no_rule_fired_allows_the_payment() {
        assertThat(RiskVerdict.of(List.of())).isEqualTo(RiskVerdict.allow());
    }

    @Test
    void a_decline_wins_over_a_hold_and_every_rule_that_fired_is_named() {
        RiskVerdict verdict = RiskVerdict.of(List.of(new RiskFinding("amount-above-threshold", RiskAction.HOLD, "big"),
                new RiskFinding("too-many-failures", RiskAction.DECLINE, "4 failures")));

        assertThat(verdict.decision()).isEqualTo(RiskVerdict.Decision.DECLINE);
        assertThat(verdict.rules()).containsExactly("amount-above-threshold", "too-many-failures");
    }

    @Test
    void holds_alone_hold_the_payment() {
        assertThat(RiskVerdict.of(List.of(new RiskFinding("region-mismatch", RiskAction.HOLD, "SH vs Beijing"))))
                .isEqualTo(new RiskVerdict(RiskVerdict.Decision.HOLD, List.of("region-mismatch")));
    }
}
