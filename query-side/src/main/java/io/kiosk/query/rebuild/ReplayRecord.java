package io.kiosk.query.rebuild;

import io.kiosk.api.customer.CustomerId;

import java.time.Instant;

/**
 * The last replay asked for a processor (table {@code projection_replay}): when it started and finished,
 * the head of the log when it started (null until its processor has stopped), the events up to there, who asked, and why it could not start
 * (a reset refused) if it could not.
 */
record ReplayRecord(String processorName, Instant startedAt, Instant finishedAt, Long headPosition, long eventsTotal,
                    CustomerId requestedBy, String failure) {

    boolean running() {
        return finishedAt == null;
    }
}
