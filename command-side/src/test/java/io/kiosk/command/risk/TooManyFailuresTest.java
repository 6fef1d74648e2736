package io.kiosk.command.risk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TooManyFailuresTest {

    private final TooManyFailures rule = new TooManyFailures(RiskAction.DECLINE, 3);

    @Test
    void a_customer_with_four_failed_payments_in_the_hour_is_declined() {
        assertThat(rule.judge(Cases.withHistory(4, 4))).hasValueSatisfying(finding -> {
            assertThat(finding.rule()).isEqualTo("too-many-failures");
            assertThat(finding.action()).isEqualTo(RiskAction.DECLINE);
        });
    }

    @Test
    void three_failed_payments_in_the_hour_are_still_allowed() {
        assertThat(rule.judge(Cases.withHistory(3, 3))).isEmpty();
    }
}
