package io.kiosk.command.risk;

import io.kiosk.api.pricing.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;

class AmountAboveThresholdTest {

    private final AmountAboveThreshold rule = new AmountAboveThreshold(RiskAction.HOLD, new BigDecimal("20000.00"),
            Currency.getInstance("CNY"));

    @Test
    void a_payment_above_the_threshold_is_held() {
        assertThat(rule.judge(Cases.of(Money.of("20000.01", "CNY")))).hasValueSatisfying(finding -> {
            assertThat(finding.rule()).isEqualTo("amount-above-threshold");
            assertThat(finding.action()).isEqualTo(RiskAction.HOLD);
        });
    }

    @Test
    void a_payment_of_exactly_the_threshold_or_less_passes() {
        assertThat(rule.judge(Cases.of(Money.of("20000.00", "CNY")))).isEmpty();
        assertThat(rule.judge(Cases.ordinary())).isEmpty();
    }

    @Test
    void a_payment_in_another_currency_is_not_judged_by_a_yuan_threshold() {
        assertThat(rule.judge(Cases.of(Money.of("90000.00", "USD")))).isEmpty();
    }

    @Test
    void a_rule_turned_off_never_fires() {
        assertThat(new AmountAboveThreshold(RiskAction.OFF, BigDecimal.ONE, Currency.getInstance("CNY"))
                .judge(Cases.of(Money.of("50000.00", "CNY")))).isEmpty();
    }
}
