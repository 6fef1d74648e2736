package io.kiosk.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The event store's storage engine, unchanged but for one thing: every event read from the log while tailing
 * it is announced ({@link AvailabilityCallbacks#eventsAvailable()}) once the reader has taken it in — for the
 * embedded event store's producer, once the event is in the cache every tailing stream reads from.
 */
final class AnnouncingStorageEngine implements EventStorageEngine {

    private final EventStorageEngine delegate;
    private final AvailabilityCallbacks callbacks;

    AnnouncingStorageEngine(EventStorageEngine delegate, AvailabilityCallbacks callbacks) {
        this.delegate = delegate;
        this.callbacks = callbacks;
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        Stream<? extends TrackedEventMessage<?>> events = delegate.readEvents(trackingToken, mayBlock);
        return StreamSupport.stream(new Announcing<>(events.spliterator()), false).onClose(events::close);
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        delegate.appendEvents(events);
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        delegate.storeSnapshot(snapshot);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier) {
        return delegate.readEvents(aggregateIdentifier);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return delegate.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return delegate.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return delegate.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }

    /** Announces each event after the reader's action has taken it in. */
    private final class Announcing<T> implements Spliterator<T> {

        private final Spliterator<T> events;

        private Announcing(Spliterator<T> events) {
            this.events = events;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            boolean advanced = events.tryAdvance(action);
            if (advanced) {
                callbacks.eventsAvailable();
            }
            return advanced;
        }

        @Override
        public Spliterator<T> trySplit() {
            return null;
        }

        @Override
        public long estimateSize() {
            return events.estimateSize();
        }

        @Override
        public int characteristics() {
            return events.characteristics() & ~(Spliterator.SIZED | Spliterator.SUBSIZED);
        }
    }
}
