package io.kiosk.eventstore;

import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.util.List;

/**
 * Axon's embedded event store, which its event processors tail, with one addition: it can be told that
 * another process appended events. Axon wakes the tailing processors at once only for events appended
 * through this very instance; events another application appended are found by polling the table every
 * {@code fetchDelay}. {@link #eventsAppendedElsewhere()} lets the {@link EventAppendListener} wake them on
 * PostgreSQL's notification instead, so a read model follows the command side within milliseconds.
 *
 * <p>Its streams also take an availability callback, which Axon's own do not: a pooled streaming processor whose
 * stream cannot call it back looks for new events only every 500 ms when idle, however soon the store has them.
 * Here every event the store reads from the log while tailing it calls the waiting processors at once.
 */
public class WakeableEventStore extends EmbeddedEventStore {

    private final AvailabilityCallbacks callbacks;

    protected WakeableEventStore(Builder builder) {
        super(builder);
        this.callbacks = builder.callbacks;
    }

    /** A stream as Axon opens it, which also calls its reader back the moment new events are there. */
    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        return new AnnouncedEventStream(super.openStream(trackingToken), callbacks);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** New events are in the table: the processors waiting for events read them now, not at the next poll. */
    public void eventsAppendedElsewhere() {
        afterCommit(List.of()); // Axon's own wake-up after a local commit: signal the producer that reads the table
    }

    public static class Builder extends EmbeddedEventStore.Builder {

        private final AvailabilityCallbacks callbacks = new AvailabilityCallbacks();

        @Override
        public Builder storageEngine(EventStorageEngine storageEngine) {
            super.storageEngine(new AnnouncingStorageEngine(storageEngine, callbacks));
            return this;
        }

        @Override
        public WakeableEventStore build() {
            return new WakeableEventStore(this);
        }
    }
}
