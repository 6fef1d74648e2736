package io.kiosk.command.logposition;

import io.kiosk.eventstore.EventLogPositions;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command side as the compose stack runs it by default, with its events in Axon Server (which cannot run on
 * these machines: the address is a closed port, so nothing is sent). The profile wires Axon Server's event store and
 * no JDBC engine, and the positions a command answers with come from that store's head, never from the event table
 * PostgreSQL still has (empty there: read-your-writes silently stopped when they did).
 */
@SpringBootTest(properties = {"axon.axonserver.servers=127.0.0.1:9", "kiosk.catalog.demo-data=false"})
@ActiveProfiles({"test", "axonserver"})
class AxonServerProfileTest {

    @Autowired
    ApplicationContext context;

    @Test
    void events_live_in_axon_server_and_a_command_s_position_is_that_store_s_head() {
        assertThat(context.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
        assertThat(context.getBeansOfType(EventStorageEngine.class)).as("no JDBC engine beside it").isEmpty();
        assertThat(context.getBean(EventLogPositions.class).findsEventsExactly()).isFalse();
    }
}
