package io.kiosk.api;

import io.kiosk.api.pricing.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void amounts_are_held_at_the_scale_of_their_currency() {
        assertThat(Money.of("12.5", "CNY").amount()).hasToString("12.50");
        assertThat(Money.of("1200", "JPY").amount()).hasToString("1200");
    }

    @Test
    void amounts_more_precise_than_the_currency_are_refused_not_rounded() {
        assertThatThrownBy(() -> Money.of("12.345", "CNY"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more decimals than CNY allows");
    }

    @Test
    void money_of_equal_value_is_equal_whatever_its_written_scale() {
        assertThat(Money.of("10", "EUR")).isEqualTo(Money.of("10.00", "EUR"));
    }

    @Test
    void money_adds_and_multiplies_within_one_currency() {
        assertThat(Money.of("19.90", "CNY").times(3).plus(Money.of("0.30", "CNY"))).isEqualTo(Money.of("60.00", "CNY"));
    }

    @Test
    void money_subtracts_within_one_currency_and_may_go_below_zero() {
        assertThat(Money.of("398.00", "CNY").minus(Money.of("199.00", "CNY"))).isEqualTo(Money.of("199.00", "CNY"));
        assertThat(Money.of("1.00", "CNY").minus(Money.of("1.00", "CNY")).isZero()).isTrue();
        assertThat(Money.of("1.00", "CNY").minus(Money.of("2.00", "CNY")).isNegative()).isTrue();
        assertThatThrownBy(() -> Money.of("1", "CNY").minus(Money.of("1", "USD"))).hasMessage("cannot combine CNY with USD");
    }

    @Test
    void different_currencies_never_mix() {
        assertThatThrownBy(() -> Money.of("1", "CNY").plus(Money.of("1", "USD")))
                .hasMessage("cannot combine CNY with USD");
    }

    @Test
    void an_amount_too_large_or_too_fine_is_refused_before_any_arithmetic() {
        assertThatThrownBy(() -> Money.of("1e999999999", "CNY")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount has more than 15 digits before the point");
        assertThatThrownBy(() -> Money.of("1e2147483647", "CNY")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1e-999999999", "CNY")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more decimals than CNY allows");
        assertThatThrownBy(() -> Money.of("1000000000000000", "CNY")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.of("999999999999999.99", "CNY").amount()).hasToString("999999999999999.99");
        assertThat(Money.of("1.2000E+3", "CNY").amount()).hasToString("1200.00");
        assertThat(Money.of("0E-999999999", "CNY").amount()).hasToString("0.00");
    }
}
