package io.kiosk.command.risk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TooManyAttemptsTest {

    private final TooManyAttempts rule = new TooManyAttempts(RiskAction.HOLD, 5);

    @Test
    void a_sixth_payment_within_the_hour_is_held() {
        assertThat(rule.judge(Cases.withHistory(5, 0))).hasValueSatisfying(finding -> {
            assertThat(finding.rule()).isEqualTo("too-many-attempts");
            assertThat(finding.action()).isEqualTo(RiskAction.HOLD);
        });
    }

    @Test
    void up_to_five_payments_within_the_hour_pass() {
        assertThat(rule.judge(Cases.withHistory(4, 0))).isEmpty();
        assertThat(rule.judge(Cases.ordinary())).isEmpty();
    }
}
