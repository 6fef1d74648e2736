package io.kiosk.eventstore;

import io.kiosk.eventstore.upcasting.KioskUpcasters;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.springboot.autoconfig.AxonServerBusAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Map;

/**
 * Points Axon's JDBC storage at Kiosk's tables, with Kiosk's gap settings, and migrates them before anything reads
 * or writes events. Runs before Axon's own JDBC auto-configuration, whose schema and engine beans back off when these
 * exist (and after Axon Server's, whose event store makes the JDBC engine unnecessary). The command side migrates the
 * event store; the query side waits for it ({@link EventStoreMigrations}).
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, AxonServerBusAutoConfiguration.class},
        before = JdbcAutoConfiguration.class)
@EnableConfigurationProperties(EventStoreProperties.class)
public class KioskEventStoreAutoConfiguration {

    /** The application's data source, whose lost connections say so with an SQL state ({@link ClosedConnectionStates}). */
    @Bean
    static BeanPostProcessor closedConnectionStates() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource pool && "dataSource".equals(beanName) ? new ClosedConnectionStates(pool) : bean;
            }
        };
    }

    /**
     * The event store tables, migrated before the storage engine can touch them. (Axon's bookkeeping
     * tables are not migrated here: each application lists {@code classpath:db/axon} among its own
     * Flyway locations, so that one Flyway history owns each schema.)
     */
    @Bean(initMethod = "migrate")
    EventStoreMigrations eventStoreMigrations(DataSource dataSource, EventStoreProperties properties) {
        return new EventStoreMigrations(Flyway.configure()
                .dataSource(dataSource)
                .schemas(properties.schema())
                .createSchemas(properties.migrate())
                .locations("classpath:db/eventstore")
                .placeholders(Map.of("readerRole", properties.readerRole()))
                .load(), properties.migrate(), EventStoreMigrations.WAIT);
    }

    /**
     * This application's own schema is migrated (by Spring Boot's Flyway) after the event store: the command side's
     * migrations copy facts out of stored events, and the query side's role may create its schemas only once the
     * event store's migrations have granted it that.
     */
    @Bean
    @ConditionalOnClass(FlywayMigrationStrategy.class)
    @ConditionalOnMissingBean(FlywayMigrationStrategy.class)
    FlywayMigrationStrategy afterTheEventStore(EventStoreMigrations eventStore) {
        return Flyway::migrate;
    }

    @Bean
    EventSchema eventSchema(EventStoreProperties properties, EventStoreMigrations migrated) {
        return EventSchema.builder()
                .eventTable(properties.table("domain_event_entry"))
                .snapshotTable(properties.table("snapshot_event_entry"))
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    /**
     * Axon's JDBC storage engine, as Axon's own auto-configuration makes it, with the gap settings of
     * {@code kiosk.event-store} ({@link GapSettings} says why they are safe). Not made when events live in Axon
     * Server.
     */
    @Bean
    @ConditionalOnBean(DataSource.class)
    @ConditionalOnMissingBean({EventStorageEngine.class, EventBus.class, EventStore.class})
    JdbcEventStorageEngine eventStorageEngine(Serializer defaultSerializer, PersistenceExceptionResolver exceptions,
                                              @Qualifier("eventSerializer") Serializer eventSerializer,
                                              org.axonframework.config.Configuration configuration,
                                              ConnectionProvider connections, TransactionManager transactions,
                                              EventSchema schema, EventStoreProperties properties) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(exceptions)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(schema)
                .gapTimeout((int) properties.gapTimeout().toMillis())
                .gapCleaningThreshold(properties.gapCleaningThreshold())
                .build();
    }

    /**
     * Stored events of an older revision, read as today's (see {@code io.kiosk.eventstore.upcasting}): one bean for
     * the whole chain, so that its steps run in their order whatever order Spring finds beans in.
     */
    @Bean
    EventUpcasterChain kioskUpcasters() {
        return KioskUpcasters.chain();
    }

    /**
     * Log positions from the event store's head token, whichever store it is; where the JDBC engine keeps the events,
     * a request's own events are found exactly in its table.
     */
    @Bean
    EventLogPositions eventLogPositions(EventStore events, ObjectProvider<EventStorageEngine> engines, DataSource dataSource,
                                        EventStoreProperties properties, EventStoreMigrations migrated) {
        return engines.getIfAvailable() instanceof JdbcEventStorageEngine
                ? new EventLogPositions(events, JdbcClient.create(dataSource), properties.table("domain_event_entry"))
                : new EventLogPositions(events);
    }

    /**
     * Each streaming processor's segments shared out among the application's live instances ({@link SegmentShares};
     * {@code kiosk.processors.share-segments=false} leaves them to whichever instance claims them first).
     */
    @Bean
    @ConditionalOnProperty(name = "kiosk.processors.share-segments", havingValue = "true", matchIfMissing = true)
    SegmentShares segmentShares(ObjectProvider<EventProcessingConfiguration> processing, DataSource dataSource,
                                EventStoreProperties properties, @Value("${kiosk.processors.share-every:2s}") Duration every) {
        return new SegmentShares(processing::getIfAvailable, JdbcClient.create(dataSource),
                properties.ownTable("processor_member"), properties.ownTable("token_entry"), every);
    }

    @Bean
    TokenSchema tokenSchema(EventStoreProperties properties) {
        return TokenSchema.builder()
                .setTokenTable(properties.ownTable("token_entry"))
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    SagaSqlSchema sagaSqlSchema(EventStoreProperties properties) {
        return new PostgresSagaSqlSchema(SagaSchema.builder()
                .sagaEntryTable(properties.ownTable("saga_entry"))
                .sagaIdColumn("saga_id")
                .revisionColumn("revision")
                .sagaTypeColumn("saga_type")
                .serializedSagaColumn("serialized_saga")
                .associationValueEntryTable(properties.ownTable("association_value_entry"))
                .associationKeyColumn("association_key")
                .associationValueColumn("association_value")
                .build());
    }

    /**
     * Axon's sequenced dead-letter queue, in this application's own schema: where a processor parks an
     * event it cannot handle (and the later events of its sequence) so that the rest of the stream moves
     * on. The table is not Axon's to create: the application whose processors use the queue (the query
     * side) creates {@code dead_letter_entry} with its own migrations, with these names.
     */
    @Bean
    DeadLetterSchema deadLetterSchema(EventStoreProperties properties) {
        return DeadLetterSchema.builder()
                .deadLetterTable(properties.ownTable("dead_letter_entry"))
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }
}
