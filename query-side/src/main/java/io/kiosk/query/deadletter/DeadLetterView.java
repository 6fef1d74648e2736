package io.kiosk.query.deadletter;

import jakarta.annotation.Nullable;
import java.time.Instant;

/**
 * One parked event: the projection, the sequence it holds up and its place in it, the event (its type, and
 * for an aggregate's event the aggregate and its sequence number), why it was parked, when it was parked and
 * last tried, and how often a retry failed again. Later letters of a sequence are parked behind the first
 * one without being tried, so they have no cause.
 */
record DeadLetterView(String projection, String sequenceId, long sequenceIndex, String eventId, String eventType,
                      @Nullable String aggregateType, @Nullable String aggregateId, @Nullable Long aggregateSequenceNumber, Instant timestamp,
                      @Nullable String causeType, @Nullable String causeMessage, Instant enqueuedAt, @Nullable Instant lastTouched, long retries) {
}
