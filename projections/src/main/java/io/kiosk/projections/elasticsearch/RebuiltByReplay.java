package io.kiosk.projections.elasticsearch;

import io.kiosk.projections.rebuild.CaughtUpAfterReplay;

/**
 * A search index that its processing group fills by replaying the event log. At start-up it may need a replay
 * before its processor runs ({@link ReplayOutdatedIndexes}); once a replay has caught up, the index it filled
 * takes over the reads ({@link #caughtUp()}).
 */
public interface RebuiltByReplay extends CaughtUpAfterReplay {

    /** Whether the processing group must replay before it runs (see {@link IndexPreparation#needsReplay}). */
    boolean needsReplay(boolean processorHasTokens);
}
