package io.kiosk.eventstore;

import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

import java.util.List;

/**
 * Axon's embedded event store, which its event processors tail, with one addition: it can be told that
 * another process appended events. Axon wakes the tailing processors at once only for events appended
 * through this very instance; events another application appended are found by polling the table every
 * {@code fetchDelay}. {@link #eventsAppendedElsewhere()} lets the {@link EventAppendListener} wake them on
 * PostgreSQL's notification instead, so a read model follows the command side within milliseconds.
 */
public class WakeableEventStore extends EmbeddedEventStore {

    protected WakeableEventStore(Builder builder) {
        super(builder);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** New events are in the table: the processors waiting for events read them now, not at the next poll. */
    public void eventsAppendedElsewhere() {
        afterCommit(List.of()); // Axon's own wake-up after a local commit: signal the producer that reads the table
    }

    public static class Builder extends EmbeddedEventStore.Builder {

        @Override
        public WakeableEventStore build() {
            return new WakeableEventStore(this);
        }
    }
}
