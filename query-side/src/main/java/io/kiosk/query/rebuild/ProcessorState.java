package io.kiosk.query.rebuild;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.IntStream;

/**
 * One projection's processor as this instance sees it at one moment: whether it runs, the segments it
 * holds (of all the processor has) with their positions, and its last replay.
 */
final class ProcessorState {

    private final StreamingEventProcessor processor;
    private final Map<Integer, EventTrackerStatus> segments;
    private final int totalSegments;
    private final Optional<ReplayRecord> replay;

    ProcessorState(StreamingEventProcessor processor, int totalSegments, Optional<ReplayRecord> replay) {
        this.processor = processor;
        this.segments = Map.copyOf(processor.processingStatus());
        this.totalSegments = totalSegments;
        this.replay = replay;
    }

    String name() {
        return processor.getName();
    }

    Optional<ReplayRecord> replay() {
        return replay;
    }

    ProjectionStatus status() {
        if (!processor.isRunning()) {
            return ProjectionStatus.STOPPED;
        }
        if (processor.isError() || statuses().stream().anyMatch(EventTrackerStatus::isErrorState)) {
            return ProjectionStatus.ERROR;
        }
        return replay.filter(ReplayRecord::running).isPresent() ? ProjectionStatus.REPLAYING : ProjectionStatus.LIVE;
    }

    int claimedSegments() {
        return segments.size();
    }

    int totalSegments() {
        return totalSegments;
    }

    /** How far the processor has surely read: the position of its slowest segment held here. */
    OptionalLong position() {
        return statuses().stream().map(EventTrackerStatus::getCurrentPosition).filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong).min();
    }

    /**
     * Each of the processor's segments, by number, with the position it has read up to; -1 for one that
     * is not held here or has read nothing yet.
     */
    List<Long> segmentPositions() {
        return IntStream.range(0, totalSegments)
                .mapToObj(segment -> Optional.ofNullable(segments.get(segment))
                        .flatMap(status -> status.getCurrentPosition().isPresent()
                                ? Optional.of(status.getCurrentPosition().getAsLong()) : Optional.empty())
                        .orElse(-1L))
                .toList();
    }

    /**
     * Every segment is held here, healthy, and has read the log up to {@code head} (or, having nothing to
     * replay up to there, is no longer replaying and has caught up): a replay that began at {@code head} is done.
     */
    boolean hasReadUpTo(long head) {
        return processor.isRunning() && !processor.isError() && segments.size() == totalSegments
                && statuses().stream().allMatch(segment -> !segment.isErrorState()
                && (segment.getCurrentPosition().orElse(-1) >= head || (!segment.isReplaying() && segment.isCaughtUp())));
    }

    /**
     * Running with every segment held here, healthy and caught up with the log, and no replay under way. Axon
     * counts a segment as replaying until it reads an event newer than its reset, which on a quiet log may not
     * come for a long time; so a segment that has read up to the position its reset was made at (replays started
     * at start-up by {@code ReplayOutdatedIndexes} as well as those of the console), or past the head its last
     * recorded replay began at, is live too.
     */
    boolean live() {
        long replayedUpTo = replay.map(ReplayRecord::headPosition).orElse(Long.MAX_VALUE);
        return status() == ProjectionStatus.LIVE && segments.size() == totalSegments
                && statuses().stream().allMatch(segment -> segment.isCaughtUp()
                && (!segment.isReplaying() || segment.getCurrentPosition().orElse(-1) >= replayedUpTo
                || hasReplayedUpToItsReset(segment)));
    }

    private static boolean hasReplayedUpToItsReset(EventTrackerStatus segment) {
        OptionalLong reset = segment.getResetPosition();
        OptionalLong current = segment.getCurrentPosition();
        return reset.isPresent() && current.isPresent() && current.getAsLong() >= reset.getAsLong();
    }

    private Collection<EventTrackerStatus> statuses() {
        return segments.values();
    }
}
