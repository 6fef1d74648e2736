package io.kiosk.query.rebuild;

import jakarta.annotation.Nullable;
import io.kiosk.query.eventlog.EventLog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How far the last replay of a processor has come. {@code eventsTotal} is what the log held up to its head
 * when the replay started; {@code eventsDone} is worked out from where the segments stand.
 *
 * <p>How {@code eventsDone} is computed, and how exact it is: each segment handles the events whose sequence
 * (an aggregate, mostly) hashes into it, and has handled all of those up to its position. So a segment at
 * position {@code p} has done its share of the events up to {@code p}; counting the log up to each segment's
 * position (capped at the head) and averaging over the segments gives the events done, taking each segment's
 * share to be an equal part of every stretch of the log. That is exact with one segment, and exact with
 * several whenever they stand at the same position, which the pooled processor keeps them close to: it reads
 * the log once and hands every event to all of them. Otherwise the estimate is off by at most the events
 * between the slowest and the fastest segment. A segment not held by this instance counts as not started.
 * When the replay is done, {@code eventsDone} is {@code eventsTotal}. {@code failure} says why a replay
 * could not start.
 */
record ReplayProgress(Instant startedAt, @Nullable Instant finishedAt, long eventsDone, long eventsTotal, @Nullable BigDecimal eventsPerSecond,
                      @Nullable BigDecimal percent, @Nullable String failure) {

    static ReplayProgress of(ReplayRecord replay, ProcessorState processor, EventLog log, Instant now) {
        long total = replay.eventsTotal();
        long done = replay.running() ? Math.min(total, doneSoFar(replay, processor.segmentPositions(), log)) : total;
        if (replay.failure() != null) {
            done = 0;
        }
        Duration elapsed = Duration.between(replay.startedAt(), replay.running() ? now : replay.finishedAt());
        BigDecimal perSecond = elapsed.toMillis() <= 0 ? BigDecimal.valueOf(done)
                : BigDecimal.valueOf(done * 1000).divide(BigDecimal.valueOf(elapsed.toMillis()), 1, RoundingMode.HALF_UP);
        BigDecimal percent = total == 0 ? BigDecimal.valueOf(100).setScale(1)
                : BigDecimal.valueOf(done * 100).divide(BigDecimal.valueOf(total), 1, RoundingMode.DOWN);
        return new ReplayProgress(replay.startedAt(), replay.finishedAt(), done, total, perSecond, percent, replay.failure());
    }

    private static long doneSoFar(ReplayRecord replay, List<Long> segmentPositions, EventLog log) {
        if (replay.headPosition() == null || replay.headPosition() < 0 || segmentPositions.isEmpty()) {
            return 0;
        }
        long sum = 0;
        for (long position : segmentPositions) {
            sum += log.countUpTo(Math.min(position, replay.headPosition()));
        }
        return Math.round((double) sum / segmentPositions.size());
    }
}
