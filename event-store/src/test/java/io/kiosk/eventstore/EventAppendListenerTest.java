package io.kiosk.eventstore;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The listener against a real PostgreSQL: another process appending events wakes the processors when its
 * transaction commits, never for an append that was rolled back, and never for another schema's event store.
 */
class EventAppendListenerTest {

    private static final String SCHEMA = "event_append_listener_test";
    private static final String OTHER_SCHEMA = "event_append_listener_test_other";

    private final AtomicInteger wakeUps = new AtomicInteger();
    private EventAppendListener listener;

    @BeforeEach
    void freshEventStores() throws SQLException {
        TestEventStores.fresh(SCHEMA, OTHER_SCHEMA);
        listener = new EventAppendListener(TestEventStores.URL, TestEventStores.USER, TestEventStores.PASSWORD, SCHEMA,
                wakeUps::incrementAndGet);
        listener.start();
        // on (re)connecting it wakes the processors once, for appends nobody heard
        await().atMost(Duration.ofSeconds(10)).until(() -> wakeUps.get() == 1);
    }

    @AfterEach
    void stopListening() {
        listener.stop();
    }

    @Test
    void an_append_committed_by_another_process_wakes_the_processors() throws SQLException {
        append(SCHEMA, true);

        await().atMost(Duration.ofSeconds(10)).until(() -> wakeUps.get() == 2);
    }

    @Test
    void a_rolled_back_append_and_another_event_store_wake_nobody() throws SQLException {
        append(SCHEMA, false);
        append(OTHER_SCHEMA, true);
        append(SCHEMA, true);

        // PostgreSQL delivers notifications in commit order: once the last append's has arrived, anything the
        // first two appends had sent would have arrived before it
        await().atMost(Duration.ofSeconds(10)).until(() -> wakeUps.get() >= 2);
        assertThat(wakeUps).hasValue(2);
    }

    @Test
    void one_transaction_appending_many_events_wakes_the_processors_once() throws SQLException {
        try (Connection connection = TestEventStores.connect()) {
            connection.setAutoCommit(false);
            for (int i = 0; i < 5; i++) {
                insert(connection, SCHEMA, i);
            }
            connection.commit();
        }
        append(SCHEMA, true);

        await().atMost(Duration.ofSeconds(10)).until(() -> wakeUps.get() >= 3);
        assertThat(wakeUps).hasValue(3);
    }

    private static void append(String schema, boolean commit) throws SQLException {
        try (Connection connection = TestEventStores.connect()) {
            connection.setAutoCommit(false);
            insert(connection, schema, 0);
            if (commit) {
                connection.commit();
            } else {
                connection.rollback();
            }
        }
    }

    private static void insert(Connection connection, String schema, long sequence) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + schema + ".domain_event_entry "
                + "(event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload) "
                + "VALUES (?, ?, ?, 'Test', '2026-12-01T00:00:00Z', 'test.Event', '{}'::bytea)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, "aggregate-" + UUID.randomUUID());
            insert.setLong(3, sequence);
            insert.executeUpdate();
        }
    }
}
