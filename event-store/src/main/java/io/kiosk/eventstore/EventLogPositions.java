package io.kiosk.eventstore;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Collection;
import java.util.OptionalLong;

/**
 * Where events stand in the event log: the log position ({@code global_index}) that Axon's tracking
 * tokens count in, so that a client told the position of its write can ask a read model to have caught
 * up with it.
 */
public final class EventLogPositions {

    private final JdbcClient jdbc;
    private final String eventTable;

    EventLogPositions(JdbcClient jdbc, EventStoreProperties properties) {
        this.jdbc = jdbc;
        this.eventTable = properties.table("domain_event_entry");
    }

    /** The position of the newest event in the log; empty while the log is empty. */
    public OptionalLong head() {
        Long position = jdbc.sql("SELECT max(global_index) FROM " + eventTable).query(Long.class).single();
        return position == null ? OptionalLong.empty() : OptionalLong.of(position);
    }

    /** The position of the last of these events in the log; empty when none of them was appended (rolled back). */
    public OptionalLong lastOf(Collection<String> eventIdentifiers) {
        if (eventIdentifiers.isEmpty()) {
            return OptionalLong.empty();
        }
        Long position = jdbc.sql("SELECT max(global_index) FROM " + eventTable + " WHERE event_identifier IN (:ids)")
                .param("ids", eventIdentifiers)
                .query(Long.class)
                .single();
        return position == null ? OptionalLong.empty() : OptionalLong.of(position);
    }
}
