package io.kiosk.projections.elasticsearch;

import io.kiosk.projections.rebuild.CaughtUpAfterReplay;

/**
 * A search index that its processing group fills by replaying the event log. At start-up it may need a replay
 * before its processor runs ({@link ReplayOutdatedIndexes}); once a replay has caught up, the index it filled
 * takes over the reads ({@link #caughtUp()}).
 */
public interface RebuiltByReplay extends CaughtUpAfterReplay {

    /** What preparing the index's aliases at start-up found: whether the processing group must replay before it runs. */
    IndexPreparation preparation();

    /** Looks at the aliases again (another instance may have started a rebuild meanwhile) and answers what it found. */
    IndexPreparation prepareAgain();
}
