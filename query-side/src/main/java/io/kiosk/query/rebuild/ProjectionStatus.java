package io.kiosk.query.rebuild;

/** Where a projection's processor stands, as the back office sees it. */
public enum ProjectionStatus {
    /** Running, every segment healthy, no replay under way: the read model follows the log as events come. */
    LIVE,
    /** Running, rebuilding the read model from the start of the log after a reset. */
    REPLAYING,
    /** Not running on this instance: nothing is read. */
    STOPPED,
    /** Running, but a segment failed on an event and is retrying it with back-off (see the log). */
    ERROR
}
