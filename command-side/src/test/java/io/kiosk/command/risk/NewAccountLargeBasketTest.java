package io.kiosk.command.risk;

import io.kiosk.api.pricing.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;

import static io.kiosk.command.risk.Cases.NOW;
import static org.assertj.core.api.Assertions.assertThat;

class NewAccountLargeBasketTest {

    private final NewAccountLargeBasket rule = new NewAccountLargeBasket(RiskAction.HOLD, Duration.ofDays(1),
            new BigDecimal("5000.00"), Currency.getInstance("CNY"));

    @Test
    void an_account_opened_an_hour_ago_paying_a_large_basket_is_held() {
        assertThat(rule.judge(Cases.fromAccountOpened(NOW.minus(Duration.ofHours(1)), Money.of("5000.01", "CNY"))))
                .hasValueSatisfying(finding -> assertThat(finding.rule()).isEqualTo("new-account-large-basket"));
    }

    @Test
    void a_new_account_with_a_small_basket_passes() {
        assertThat(rule.judge(Cases.fromAccountOpened(NOW.minus(Duration.ofHours(1)), Money.of("5000.00", "CNY")))).isEmpty();
    }

    @Test
    void an_account_a_day_old_or_older_passes_whatever_it_pays() {
        assertThat(rule.judge(Cases.fromAccountOpened(NOW.minus(Duration.ofDays(1)), Money.of("19000.00", "CNY")))).isEmpty();
    }

    @Test
    void a_customer_without_an_account_to_ask_about_is_not_called_new() {
        assertThat(rule.judge(Cases.fromAccountOpened(null, Money.of("19000.00", "CNY")))).isEmpty();
    }
}
