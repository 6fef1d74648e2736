package io.kiosk.query.eventlog;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the query side asks of the event log besides streaming it: where its head is, how many events it
 * holds up to a position, and at which position each of some events was stored.
 *
 * <p>Positions are the processors' own (a token's {@code position()}: the global index with PostgreSQL
 * storage). With PostgreSQL the counts and positions come from the event table, because Axon's API has
 * neither; the global index may have gaps (a sequence number taken by a transaction that rolled back),
 * so a count is not a position. Axon Server numbers its events without gaps, so there a count is the
 * position plus one and no event has a position to report beyond its place in its aggregate's stream.
 */
@Component
public class EventLog {

    private final EventStore eventStore;
    private final JdbcClient jdbc;
    private final EventSchema schema;
    private final boolean storedInPostgres;

    EventLog(EventStore eventStore, JdbcClient jdbc, EventSchema schema, ObjectProvider<EventStorageEngine> storage) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.schema = schema;
        this.storedInPostgres = storage.getIfAvailable() instanceof JdbcEventStorageEngine;
    }

    /** The position of the newest event in the log; -1 for an empty log. */
    public long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    /** How many events the log holds at or before {@code position}. */
    public long countUpTo(long position) {
        if (position < 0) {
            return 0;
        }
        if (!storedInPostgres) {
            return position + 1;
        }
        return jdbc.sql("SELECT count(*) FROM " + schema.domainEventTable() + " WHERE " + schema.globalIndexColumn() + " <= :position")
                .param("position", position)
                .query(Long.class)
                .single();
    }

    /** The positions of the events with these identifiers; empty where the log cannot say (Axon Server). */
    public Map<String, Long> positionsOf(Collection<String> eventIdentifiers) {
        if (!storedInPostgres || eventIdentifiers.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT " + schema.eventIdentifierColumn() + " AS id, " + schema.globalIndexColumn() + " AS position"
                        + " FROM " + schema.domainEventTable() + " WHERE " + schema.eventIdentifierColumn() + " IN (:ids)")
                .param("ids", List.copyOf(eventIdentifiers))
                .query((row, n) -> Map.entry(row.getString("id"), row.getLong("position")))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
