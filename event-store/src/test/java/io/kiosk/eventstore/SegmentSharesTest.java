package io.kiosk.eventstore;

import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of an application over one token store in PostgreSQL (each its own node, so that their claims exclude
 * each other as on two machines) running a pooled processor of four segments: the first one started takes all four;
 * once the second runs, each holds two and every event is handled once; when the second stops, the first takes its
 * segments back.
 */
class SegmentSharesTest {

    private static final String SCHEMA = "segment_shares";
    private static final String PROCESSOR = "shared-work";

    private final EmbeddedEventStore events = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    private final Set<String> handled = ConcurrentHashMap.newKeySet();
    private final List<String> handledTwice = new ArrayList<>();
    private final List<AutoCloseable> started = new ArrayList<>();
    private DriverManagerDataSource database;

    @BeforeEach
    void anEmptyTokenStore() throws Exception {
        try (Connection connection = TestEventStores.connect(); Statement sql = connection.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
        Flyway.configure().dataSource(TestEventStores.URL, TestEventStores.USER, TestEventStores.PASSWORD)
                .schemas(SCHEMA).createSchemas(true).locations("classpath:db/axon").load().migrate();
        database = new DriverManagerDataSource(TestEventStores.URL, TestEventStores.USER, TestEventStores.PASSWORD);
        // the table each application makes with its own migrations (command V24, query V22)
        JdbcClient.create(database).sql("CREATE TABLE " + SCHEMA + ".processor_member (processor_name VARCHAR(255) NOT NULL,"
                + " member VARCHAR(255) NOT NULL, seen_at TIMESTAMPTZ NOT NULL, PRIMARY KEY (processor_name, member))").update();
    }

    @AfterEach
    void stopInstances() throws Exception {
        for (int last = started.size() - 1; last >= 0; last--) {
            started.get(last).close();
        }
    }

    @Test
    void a_second_instance_gets_half_the_segments_and_gives_them_back_when_it_stops() throws Exception {
        Configuration first = startInstance("first");
        eventually(() -> held(first) == 4);

        Configuration second = startInstance("second");
        eventually(() -> held(first) == 2 && held(second) == 2);
        for (int event = 0; event < 200; event++) {
            events.publish(GenericEventMessage.asEventMessage("event " + event));
        }
        eventually(() -> handled.size() == 200);

        second.shutdown();
        eventually(() -> held(first) == 4);
        assertThat(handledTwice).as("each event handled once, by one instance").isEmpty();
    }

    private Configuration startInstance(String node) {
        JdbcTokenStore tokens = JdbcTokenStore.builder().connectionProvider(database::getConnection)
                .serializer(JacksonSerializer.defaultSerializer()).schema(new KioskEventStoreAutoConfiguration()
                        .tokenSchema(new EventStoreProperties("eventstore", SCHEMA, true, Duration.ofSeconds(1),
                                Duration.ofSeconds(30), Duration.ofMinutes(2), 250, true, "")))
                .nodeId(node).claimTimeout(Duration.ofSeconds(5)).build();
        Configuration axon = DefaultConfigurer.defaultConfiguration()
                .configureEventStore(configuration -> events)
                .eventProcessing(processing -> processing
                        .registerPooledStreamingEventProcessor(PROCESSOR, configuration -> events,
                                (configuration, builder) -> builder.initialSegmentCount(4)
                                        .tokenClaimInterval(500))
                        .registerEventHandler(configuration -> new Worker())
                        .assignHandlerInstancesMatching(PROCESSOR, handler -> handler instanceof Worker)
                        .registerTokenStore(PROCESSOR, configuration -> tokens))
                .buildConfiguration();
        axon.start();
        SegmentShares shares = new SegmentShares(axon::eventProcessingConfiguration, JdbcClient.create(database),
                SCHEMA + ".processor_member", SCHEMA + ".token_entry", Duration.ofMillis(500));
        started.add(axon::shutdown);
        started.add(shares::destroy);
        return axon;
    }

    private static int held(Configuration instance) {
        return instance.eventProcessingConfiguration().eventProcessor(PROCESSOR, StreamingEventProcessor.class)
                .map(processor -> processor.processingStatus().size()).orElse(0);
    }

    private static void eventually(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited 60 seconds").isBefore(deadline);
            Thread.sleep(100);
        }
    }

    /** The processor's one handler: notes each event it handles, and any it handles again. */
    private final class Worker {

        @EventHandler
        void on(String event) {
            if (!handled.add(event)) {
                synchronized (handledTwice) {
                    handledTwice.add(event);
                }
            }
        }
    }
}
