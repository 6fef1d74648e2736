package io.kiosk.web.admin.analytics;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void asked_for_nothing_it_is_the_last_seven_days_up_to_today() {
        Period period = Period.asked(null, null, TODAY);

        assertThat(period.from()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(period.to()).isEqualTo(TODAY);
        assertThat(period.days()).hasSize(7).first().isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(period.refusal()).isNull();
    }

    @Test
    void an_end_before_the_start_or_more_than_a_year_is_refused_with_its_reason_and_the_last_week_shown() {
        assertThat(Period.asked(TODAY, TODAY.minusDays(1), TODAY).refusal()).isEqualTo("admin.analytics.period.reversed");
        assertThat(Period.asked(TODAY.minusDays(366), TODAY, TODAY).refusal()).isEqualTo("admin.analytics.period.too-long");
        assertThat(Period.asked(TODAY.minusDays(365), TODAY, TODAY).refusal()).isNull();
    }
}
