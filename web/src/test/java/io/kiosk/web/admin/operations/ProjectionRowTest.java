package io.kiosk.web.admin.operations;

import io.kiosk.client.query.model.ProjectionStatus;
import io.kiosk.client.query.model.ProjectionView;
import io.kiosk.client.query.model.ProjectionViewSegments;
import io.kiosk.client.query.model.ReplayProgress;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectionRowTest {

    private static ProjectionView rebuilding(long done, long total, String perSecond) {
        return new ProjectionView().name("order-tracking").status(ProjectionStatus.REPLAYING).position(done).deadLetters(0L)
                .segments(new ProjectionViewSegments().claimed(1).total(1))
                .replay(new ReplayProgress().eventsDone(done).eventsTotal(total).startedAt(OffsetDateTime.now())
                        .eventsPerSecond(perSecond == null ? null : new BigDecimal(perSecond))
                        .percent(BigDecimal.valueOf(done * 100 / total)));
    }

    @Test
    void a_running_rebuild_shows_its_lag_and_the_time_left_at_its_rate_so_far() {
        ProjectionRow row = ProjectionRow.of(rebuilding(500, 1000, "250.0"), 1200);

        assertThat(row.lag()).isEqualTo(700);
        assertThat(row.rebuilding()).isTrue();
        assertThat(row.percent()).isEqualTo(50);
        assertThat(row.timeLeftText()).isEqualTo("0:02");
    }

    @Test
    void without_a_rate_the_time_left_is_not_guessed_and_a_finished_rebuild_is_full() {
        assertThat(ProjectionRow.of(rebuilding(0, 1000, null), 1000).timeLeftText()).isNull();
        ProjectionView finished = rebuilding(1000, 1000, "400.0");
        finished.getReplay().finishedAt(OffsetDateTime.now());

        ProjectionRow row = ProjectionRow.of(finished, 1000);

        assertThat(row.rebuilding()).isFalse();
        assertThat(row.percent()).isEqualTo(100);
        assertThat(row.lag()).isZero();
    }
}
