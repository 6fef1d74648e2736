package io.kiosk.projections.elasticsearch;

/** What preparing a search index at start-up found (see {@link VersionedIndex#prepare()}). */
public enum IndexPreparation {
    /** There was no index: the first one was created, empty, behind both aliases. */
    CREATED,
    /** The aliases point at an index of the current mapping version. */
    CURRENT,
    /**
     * The read alias points at an index of another mapping version, or its name is held by a concrete index
     * (deployments before indexes were versioned): the index must be rebuilt before anything is written to it.
     */
    OUTDATED,
    /**
     * Searches read an index of another mapping version (or a concrete one), while writes go to an index of the
     * current one: a rebuild to this version was started (by another instance, or by an earlier start of this one)
     * and has not swapped yet. Whether it still runs is the processor's tokens' to say ({@link ReplayOutdatedIndexes}).
     */
    REBUILDING;

    /**
     * Whether the processing group must replay the event log to fill the index: always when it is outdated;
     * when it was just created only if the processor has read events before (the index lost its data), since
     * a processor without tokens starts from the beginning of the log anyway; during a rebuild only if no replay
     * is under way in the processor's tokens (the one that started it died after its replay but before the swap).
     */
    public boolean needsReplay(boolean processorHasTokens, boolean replayUnderWay) {
        return switch (this) {
            case OUTDATED -> true;
            case CREATED -> processorHasTokens;
            case REBUILDING -> !replayUnderWay;
            case CURRENT -> false;
        };
    }
}
