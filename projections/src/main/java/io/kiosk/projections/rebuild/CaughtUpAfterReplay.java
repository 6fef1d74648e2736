package io.kiosk.projections.rebuild;

/**
 * A part of a read model that must act once a replay of its processing group has caught up with the
 * event log, beyond clearing itself in an {@code @ResetHandler} when the replay starts: typically an
 * Elasticsearch index that was rebuilt behind an alias and now takes over the reads from the old one.
 *
 * <p>The query side calls it whenever it sees the processing group live (not replaying) — after a replay
 * ends, and once at start-up, so that a replay interrupted by a restart is finished too. It must
 * therefore be idempotent and cheap when there is nothing to do.
 */
public interface CaughtUpAfterReplay {

    /** The processing group whose replays this concerns. */
    String processingGroup();

    /** The processing group is live again: finish whatever its last replay began. */
    void caughtUp();
}
