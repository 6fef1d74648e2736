package io.kiosk.api.analytics;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Report periods are whole days, both ends included, at most a leap year long. */
class ReportPeriodTest {

    @Test
    void a_single_day_and_a_leap_year_are_periods() {
        assertThat(new ReportPeriod(LocalDate.of(2031, 3, 3), LocalDate.of(2031, 3, 3)).from()).isEqualTo("2031-03-03");
        assertThat(new ReportPeriod(LocalDate.of(2032, 1, 1), LocalDate.of(2032, 12, 31)).to()).isEqualTo("2032-12-31");
    }

    @Test
    void a_period_that_ends_before_it_starts_or_outlasts_366_days_is_refused() {
        assertThatThrownBy(() -> new ReportPeriod(LocalDate.of(2031, 3, 9), LocalDate.of(2031, 3, 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("must not be before from (2031-03-09)");
        assertThatThrownBy(() -> new ReportPeriod(LocalDate.of(2031, 1, 1), LocalDate.of(2032, 1, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 366 days");
        assertThatThrownBy(() -> new ReportPeriod(null, LocalDate.of(2031, 1, 1))).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_period_lies_where_date_arithmetic_and_the_database_still_work() {
        assertThatThrownBy(() -> new ReportPeriod(LocalDate.MAX, LocalDate.MAX)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("from must lie between 2000-01-01 and 9999-12-30");
        assertThatThrownBy(() -> new ReportPeriod(LocalDate.of(9999, 12, 31), LocalDate.of(9999, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportPeriod(LocalDate.of(1999, 12, 31), LocalDate.of(2000, 1, 2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ReportPeriod(LocalDate.of(9999, 12, 30), LocalDate.of(9999, 12, 30)).to().plusDays(1)).isEqualTo("9999-12-31");
    }

    @Test
    void top_products_are_asked_for_one_to_a_hundred_at_a_time() {
        ReportPeriod week = new ReportPeriod(LocalDate.of(2031, 3, 3), LocalDate.of(2031, 3, 9));

        assertThat(new ListTopProducts(week, 100, ListTopProducts.Ranking.REVENUE).limit()).isEqualTo(100);
        assertThatThrownBy(() -> new ListTopProducts(week, 0, ListTopProducts.Ranking.UNITS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ListTopProducts(week, 101, ListTopProducts.Ranking.UNITS))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
