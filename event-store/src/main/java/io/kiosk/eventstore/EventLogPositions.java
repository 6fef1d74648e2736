package io.kiosk.eventstore;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.lang.Nullable;

import java.util.Collection;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Where events stand in the event log: the log position that Axon's tracking tokens count in, so that a client told
 * the position of its write can ask a read model to have caught up with it. Positions come from what every event
 * store offers, its head token: PostgreSQL's {@code global_index} or Axon Server's global sequence, whichever the
 * processors read. Where the events live in PostgreSQL, a request's own events are also found exactly by their
 * identifiers; Axon Server answers an append with no positions, so there a request is told the head after its
 * commit, which is at or past its own events (a reader then waits for at most a few events more).
 */
public final class EventLogPositions {

    private final StreamableMessageSource<TrackedEventMessage<?>> log;
    @Nullable
    private final JdbcClient jdbc;
    private final String eventTable;

    /** Positions of a log whose events can be looked up in {@code eventTable} (the JDBC event store). */
    EventLogPositions(StreamableMessageSource<TrackedEventMessage<?>> log, JdbcClient jdbc, String eventTable) {
        this.log = log;
        this.jdbc = jdbc;
        this.eventTable = eventTable;
    }

    /** Positions of any other event store (Axon Server): its head token alone. */
    public EventLogPositions(StreamableMessageSource<TrackedEventMessage<?>> log) {
        this.log = log;
        this.jdbc = null;
        this.eventTable = null;
    }

    /** Whether a request's own events are found exactly (their table can be read), rather than by the log's head. */
    public boolean findsEventsExactly() {
        return jdbc != null;
    }

    /** The position of the newest event in the log; empty while the log is empty. */
    public OptionalLong head() {
        return positionOf(log.createHeadToken());
    }

    /**
     * The position of the last of these events in the log, asked after their transaction committed: exactly theirs
     * where the table can be read (empty when none of them was appended: rolled back), else the log's head.
     */
    public OptionalLong lastOf(Collection<String> eventIdentifiers) {
        if (eventIdentifiers.isEmpty()) {
            return OptionalLong.empty();
        }
        if (jdbc == null) {
            return head();
        }
        // max() of no rows is one row holding NULL
        return jdbc.sql("SELECT max(global_index) FROM " + eventTable + " WHERE event_identifier IN (:ids)")
                .param("ids", eventIdentifiers)
                .query((row, number) -> row.getObject(1, Long.class))
                .list().stream().filter(Objects::nonNull).mapToLong(Long::longValue).findFirst();
    }

    /** Axon Server's head on an empty log is -1; the JDBC and in-memory engines answer no token. */
    private static OptionalLong positionOf(@Nullable TrackingToken token) {
        if (token == null) {
            return OptionalLong.empty();
        }
        OptionalLong position = token.position();
        return position.isPresent() && position.getAsLong() < 0 ? OptionalLong.empty() : position;
    }
}
