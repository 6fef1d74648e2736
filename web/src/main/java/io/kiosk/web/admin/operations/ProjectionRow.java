package io.kiosk.web.admin.operations;

import io.kiosk.client.query.model.ProjectionView;
import io.kiosk.client.query.model.ReplayProgress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * A projection as the operations page shows it: its state, position and lag behind the head of the event log (how
 * many positions it still has to read), the segments it holds, its dead letters, and its last rebuild with the time
 * left worked out from the rate so far.
 *
 * @param lag        the head's position less the projection's, or null when it has read nothing yet
 * @param timeLeft   the time the running rebuild still needs at its rate so far, or null when it cannot be told
 */
public record ProjectionRow(ProjectionView view, Long lag, Duration timeLeft) {

    static ProjectionRow of(ProjectionView view, long head) {
        Long lag = view.getPosition() == null ? null : Math.max(0, head - view.getPosition());
        return new ProjectionRow(view, lag, timeLeft(view.getReplay()));
    }

    static ProjectionRow of(ProjectionView view) {
        return new ProjectionRow(view, null, timeLeft(view.getReplay()));
    }

    private static Duration timeLeft(ReplayProgress replay) {
        if (replay == null || replay.getFinishedAt() != null || replay.getFailure() != null) {
            return null;
        }
        BigDecimal rate = replay.getEventsPerSecond();
        long left = replay.getEventsTotal() - replay.getEventsDone();
        if (left <= 0) {
            return Duration.ZERO;
        }
        if (rate == null || rate.signum() <= 0) {
            return null;
        }
        long seconds = BigDecimal.valueOf(left).divide(rate, 0, RoundingMode.CEILING).longValue();
        return Duration.ofSeconds(seconds);
    }

    public String name() {
        return view.getName();
    }

    public String status() {
        return view.getStatus().getValue();
    }

    /** Whether a rebuild is running now (the page then follows it). */
    public boolean rebuilding() {
        ReplayProgress replay = view.getReplay();
        return replay != null && replay.getFinishedAt() == null && replay.getFailure() == null;
    }

    public ReplayProgress replay() {
        return view.getReplay();
    }

    /** The rebuild's progress in whole percent, 0 to 100, for the progress bar. */
    public int percent() {
        ReplayProgress replay = view.getReplay();
        if (replay == null) {
            return 0;
        }
        if (replay.getFinishedAt() != null && replay.getFailure() == null) {
            return 100;
        }
        return replay.getPercent() == null ? 0 : Math.min(100, replay.getPercent().intValue());
    }

    /** The time left as minutes and seconds (1:05), or null. */
    public String timeLeftText() {
        return timeLeft == null ? null : String.format("%d:%02d", timeLeft.toMinutes(), timeLeft.toSecondsPart());
    }
}
