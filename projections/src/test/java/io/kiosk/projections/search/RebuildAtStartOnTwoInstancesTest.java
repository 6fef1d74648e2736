package io.kiosk.projections.search;

import io.kiosk.api.order.OrderId;
import io.kiosk.projections.ReadModelSchema;
import io.kiosk.projections.elasticsearch.ReplayOutdatedIndexes;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.PostgresTokenTableFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two query-side instances over one event log, one token store in PostgreSQL (each instance its own node, so that
 * their claims exclude each other as on two machines) and one Elasticsearch, after a change of the order index's
 * mapping: whether they start together or one after the other, the index is rebuilt once, both instances start, and
 * the second shares the first's replay instead of refusing to start or starting the rebuild again.
 */
class RebuildAtStartOnTwoInstancesTest {

    private static final String WRITE_ALIAS = "kiosk-orders-write";

    private static SearchNode search;
    private static DriverManagerDataSource database;
    private EmbeddedEventStore eventStore;
    private final List<Configuration> instances = new ArrayList<>();
    private final OrderId order = OrderId.random();

    @BeforeAll
    static void startElasticsearch() {
        search = new SearchNode();
        database = ReadModelSchema.fresh("rebuild_at_start");
        JdbcTokenStore.builder().connectionProvider(new DataSourceConnectionProvider(database))
                .serializer(JacksonSerializer.defaultSerializer()).build()
                .createSchema(PostgresTokenTableFactory.INSTANCE);
    }

    @AfterAll
    static void stopElasticsearch() throws IOException {
        search.close();
    }

    /** An order the old deployment indexed, in a concrete index of its own, with its processor's tokens at the head. */
    @BeforeEach
    void anOrderTheOldDeploymentHandled() throws IOException {
        search.deleteOrderIndexes();
        new JdbcTemplate(database).update("DELETE FROM TokenEntry");
        eventStore = RebuildAtStartTest.logOfAnOrderAwaitingPayment(order);
        tokens("old deployment").initializeTokenSegments(OrderSearchProjection.PROCESSING_GROUP, 2, eventStore.createHeadToken());
        RebuildAtStartTest.concreteIndexOfTheOldDeployment(search, order);
    }

    @AfterEach
    void stopInstances() {
        instances.forEach(Configuration::shutdown);
    }

    @Test
    void two_instances_started_together_rebuild_once_and_share_the_replay() throws Exception {
        CompletableFuture<OrderSearchIndex> first = CompletableFuture.supplyAsync(() -> startQuerySide("first"));
        CompletableFuture<OrderSearchIndex> second = CompletableFuture.supplyAsync(() -> startQuerySide("second"));

        OrderSearchIndex index = first.get();
        second.get(); // a start that failed throws here

        assertRebuiltOnceWithBothRunning(index);
    }

    @Test
    void an_instance_started_during_another_s_rebuild_joins_it_without_starting_it_again() throws Exception {
        OrderSearchIndex index = startQuerySide("first");
        eventually(() -> search.behind(WRITE_ALIAS).stream().anyMatch(name -> name.startsWith(currentVersion())));
        Set<String> rebuilding = search.behind(WRITE_ALIAS);

        startQuerySide("second");

        assertThat(search.behind(WRITE_ALIAS)).as("the write alias stays on the index the first rebuild fills").isEqualTo(rebuilding);
        assertRebuiltOnceWithBothRunning(index);
    }

    private void assertRebuiltOnceWithBothRunning(OrderSearchIndex index) throws InterruptedException {
        eventually(() -> search.behind(WRITE_ALIAS).stream().anyMatch(name -> name.startsWith(currentVersion())));
        eventually(() -> instances.stream().mapToInt(instance -> processor(instance).processingStatus().size()).sum() == 2
                && instances.stream().allMatch(instance -> processor(instance).processingStatus().values().stream()
                .allMatch(segment -> segment.isCaughtUp())));
        assertThat(search.stored(order.toString()).index()).as("searches read the old index until the swap")
                .isEqualTo(OrderSearchIndex.INDEX);

        index.caughtUp();

        assertThat(search.behind(OrderSearchIndex.INDEX)).isEqualTo(search.behind(WRITE_ALIAS));
        assertThat(search.stored(order.toString()).source().status()).isEqualTo("AWAITING_PAYMENT");
        assertThat(search.stored(order.toString()).version()).isEqualTo(3);
    }

    private OrderSearchIndex startQuerySide(String node) {
        OrderSearchIndex index = new OrderSearchIndex(search.client);
        index.afterPropertiesSet();
        OrderSearchProjection projection = new OrderSearchProjection(index);
        JdbcTokenStore tokens = tokens(node);
        DefaultConfigurer configurer = (DefaultConfigurer) DefaultConfigurer.defaultConfiguration()
                .configureEventStore(configuration -> eventStore)
                .eventProcessing(processing -> processing
                        .registerPooledStreamingEventProcessor(OrderSearchProjection.PROCESSING_GROUP)
                        .registerEventHandler(configuration -> projection)
                        .registerTokenStore(OrderSearchProjection.PROCESSING_GROUP, configuration -> tokens)
                        .registerTransactionManager(OrderSearchProjection.PROCESSING_GROUP, configuration -> TRANSACTIONS)
                        .registerSequencingPolicy(OrderSearchProjection.PROCESSING_GROUP,
                                configuration -> new OrderSearchSequencingPolicy()));
        new ReplayOutdatedIndexes(List.of(index)).configureModule(configurer);
        Configuration axon = configurer.buildConfiguration();
        synchronized (instances) {
            instances.add(axon);
        }
        axon.start();
        return index;
    }

    /** Transactions over the database as the query side has them (Spring's), in which the token store's work takes part. */
    private static final TransactionManager TRANSACTIONS = new TransactionManager() {
        @Override
        public Transaction startTransaction() {
            DataSourceTransactionManager spring = new DataSourceTransactionManager(database);
            TransactionStatus status = spring.getTransaction(new DefaultTransactionDefinition());
            return new Transaction() {
                @Override
                public void commit() {
                    spring.commit(status);
                }

                @Override
                public void rollback() {
                    spring.rollback(status);
                }
            };
        }
    };

    private static JdbcTokenStore tokens(String node) {
        return JdbcTokenStore.builder().connectionProvider(new DataSourceConnectionProvider(new TransactionAwareDataSourceProxy(database)))
                .serializer(JacksonSerializer.defaultSerializer()).nodeId(node).build();
    }

    private static StreamingEventProcessor processor(Configuration instance) {
        return instance.eventProcessingConfiguration()
                .eventProcessorByProcessingGroup(OrderSearchProjection.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow();
    }

    private static String currentVersion() {
        return "kiosk-orders-v" + OrderSearchIndex.MAPPING_VERSION + "-";
    }

    private static void eventually(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited 60 seconds").isBefore(deadline);
            Thread.sleep(50);
        }
    }
}
