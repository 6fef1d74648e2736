package io.kiosk.eventstore;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The positions a command's answer carries ({@code Kiosk-Position}) and the query side checks against the head, from
 * what every event store offers: exact where the events are in PostgreSQL, the head after the commit where they are
 * elsewhere (Axon Server, which cannot run here: an event store without a table stands in for it, as Axon's in-memory
 * engine is one, and a source answering Axon Server's head token of an empty log).
 */
class EventLogPositionsTest {

    private static final String SCHEMA = "event_log_positions_test";

    @Test
    void in_postgresql_a_request_is_told_the_position_of_its_own_last_event_and_nothing_for_events_never_appended()
            throws SQLException {
        TestEventStores.fresh(SCHEMA);
        JdbcEventStorageEngine engine = TestEventStores.engine(SCHEMA).build();
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).build();
        try {
            EventLogPositions positions = new EventLogPositions(store, JdbcClient.create(TestEventStores.dataSource()),
                    SCHEMA + ".domain_event_entry");
            assertThat(positions.head()).as("an empty log").isEmpty();

            List<GenericDomainEventMessage<Map<String, String>>> mine = events(2);
            engine.appendEvents(mine);
            long mineLast = positions.head().orElseThrow();
            engine.appendEvents(events(3));

            assertThat(positions.lastOf(List.of(mine.get(0).getIdentifier(), mine.get(1).getIdentifier())))
                    .isEqualTo(OptionalLong.of(mineLast));
            assertThat(positions.lastOf(List.of(mine.get(0).getIdentifier()))).isEqualTo(OptionalLong.of(mineLast - 1));
            assertThat(positions.head()).as("the same numbers the head token counts in").isEqualTo(OptionalLong.of(mineLast + 3));
            assertThat(positions.lastOf(List.of(UUID.randomUUID().toString()))).as("rolled back").isEmpty();
            assertThat(positions.lastOf(List.of())).isEmpty();
        } finally {
            store.shutDown();
        }
    }

    @Test
    void in_a_store_without_a_table_a_request_is_told_the_head_after_its_commit_which_its_events_are_at_or_before() {
        InMemoryEventStorageEngine engine = new InMemoryEventStorageEngine();
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).build();
        try {
            EventLogPositions positions = new EventLogPositions(store);
            assertThat(positions.head()).isEmpty();
            assertThat(positions.lastOf(List.of(UUID.randomUUID().toString()))).as("nothing appended yet").isEmpty();

            List<GenericDomainEventMessage<Map<String, String>>> mine = events(2);
            engine.appendEvents(mine);
            assertThat(positions.lastOf(List.of(mine.get(1).getIdentifier()))).isEqualTo(OptionalLong.of(1));
            engine.appendEvents(events(1));
            assertThat(positions.lastOf(List.of(mine.get(1).getIdentifier())))
                    .as("someone else's event came after: the reader waits for one more").isEqualTo(OptionalLong.of(2));
            assertThat(positions.head()).isEqualTo(OptionalLong.of(2));
        } finally {
            store.shutDown();
        }
    }

    @Test
    void axon_server_s_head_of_an_empty_log_is_no_position() {
        StreamableMessageSource<TrackedEventMessage<?>> emptyAxonServer = new StreamableMessageSource<>() {
            @Override
            public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
                throw new UnsupportedOperationException("not read here");
            }

            @Override
            public TrackingToken createHeadToken() {
                return new GlobalSequenceTrackingToken(-1);
            }
        };
        assertThat(new EventLogPositions(emptyAxonServer).head()).isEmpty();
        assertThat(new EventLogPositions(emptyAxonServer).lastOf(List.of("an event"))).isEmpty();
    }

    private static List<GenericDomainEventMessage<Map<String, String>>> events(int count) {
        String order = UUID.randomUUID().toString();
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(sequence -> new GenericDomainEventMessage<>("Order", order, sequence, Map.of("orderId", order)))
                .toList();
    }
}
