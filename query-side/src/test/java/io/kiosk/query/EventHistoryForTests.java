package io.kiosk.query;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.time.Instant;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes what an aggregate did into the event store, as the command side would: each event with
 * its aggregate's id and next sequence number. The query side's processors then find it there.
 */
public final class EventHistoryForTests {

    private final EventBus eventStore;
    private final Map<String, Long> nextSequence = new ConcurrentHashMap<>();

    public EventHistoryForTests(EventBus eventStore) {
        this.eventStore = eventStore;
    }

    public void record(String aggregateType, Object aggregateId, Object... events) {
        String id = aggregateId.toString();
        List<DomainEventMessage<?>> messages = Arrays.stream(events)
                .<DomainEventMessage<?>>map(event -> new GenericDomainEventMessage<>(aggregateType, id,
                        nextSequence.merge(id, 1L, Long::sum) - 1, event))
                .toList();
        eventStore.publish(messages);
    }

    /** As {@link #record}, with the events stamped {@code at} rather than now: for read models that count by day and hour. */
    public void recordAt(Instant at, String aggregateType, Object aggregateId, Object... events) {
        String id = aggregateId.toString();
        List<DomainEventMessage<?>> messages = Arrays.stream(events)
                .<DomainEventMessage<?>>map(event -> new GenericDomainEventMessage<>(aggregateType, id,
                        nextSequence.merge(id, 1L, Long::sum) - 1, event, MetaData.emptyInstance(),
                        UUID.randomUUID().toString(), at))
                .toList();
        eventStore.publish(messages);
    }
}
