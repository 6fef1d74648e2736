package io.kiosk.eventstore;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The event store against a real PostgreSQL, with events appended by another engine as another process would:
 * told that events were appended elsewhere, it reads them at once (not at its next poll, a minute away here) and
 * calls back the streams waiting for them, which Axon's own streams cannot do.
 */
class WakeableEventStoreTest {

    private static final String SCHEMA = "wakeable_event_store_test";

    private WakeableEventStore store;
    private JdbcEventStorageEngine otherProcess;

    @BeforeEach
    void emptyEventStore() throws SQLException {
        TestEventStores.fresh(SCHEMA);
        WakeableEventStore.Builder builder = WakeableEventStore.builder();
        builder.storageEngine(TestEventStores.engine(SCHEMA).build())
                .fetchDelay(Duration.ofMinutes(1).toMillis()); // no poll finds anything during this test
        store = builder.build();
        otherProcess = TestEventStores.engine(SCHEMA).build();
    }

    @AfterEach
    void stop() {
        store.shutDown();
    }

    @Test
    void events_appended_elsewhere_are_read_at_once_and_the_waiting_stream_is_called_back() throws Exception {
        TrackingEventStream stream = store.openStream(store.createHeadToken());
        AtomicInteger calledBack = new AtomicInteger();
        assertThat(stream.setOnAvailableCallback(calledBack::incrementAndGet)).as("the stream takes a callback").isTrue();
        assertThat(stream.hasNextAvailable(200, java.util.concurrent.TimeUnit.MILLISECONDS)).isFalse();

        String order = UUID.randomUUID().toString();
        otherProcess.appendEvents(new GenericDomainEventMessage<>("Order", order, 0, Map.of("orderId", order)));
        store.eventsAppendedElsewhere();

        await().atMost(Duration.ofSeconds(10)).until(() -> calledBack.get() > 0);
        assertThat(stream.hasNextAvailable()).isTrue();
        assertThat(stream.nextAvailable().getIdentifier()).isNotBlank();
        stream.close();
    }
}
