package io.kiosk.projections.search;

import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import io.kiosk.api.order.OrderAwaitingPayment;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.pricing.Money;
import io.kiosk.projections.elasticsearch.ReplayOutdatedIndexes;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order search processing group as Axon runs it (a pooled processor over an event store, tokens that say
 * how far it has read), started over an index of an older deployment: the processor replays into a fresh
 * index before it handles anything new, searches read the old index until the replay has caught up, and the
 * swap then puts the rebuilt index in front of them.
 */
class RebuildAtStartTest {

    private static SearchNode search;
    private EmbeddedEventStore eventStore;
    private InMemoryTokenStore tokens;
    private Configuration axon;
    private final OrderId order = OrderId.random();

    @BeforeAll
    static void startElasticsearch() {
        search = new SearchNode();
    }

    @AfterAll
    static void stopElasticsearch() throws IOException {
        search.close();
    }

    /** An order placed, awaiting its payment, and its payment asked for; the old deployment's processor has read it all. */
    @BeforeEach
    void anOrderTheOldDeploymentHandled() {
        search.deleteOrderIndexes();
        eventStore = logOfAnOrderAwaitingPayment(order);
        tokens = new InMemoryTokenStore();
        tokens.initializeTokenSegments(OrderSearchProjection.PROCESSING_GROUP, 2, eventStore.createHeadToken());
    }

    /** An event log (in memory) holding {@code order} placed, awaiting its payment, and its payment asked for. */
    static EmbeddedEventStore logOfAnOrderAwaitingPayment(OrderId order) {
        EmbeddedEventStore log = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        PaymentId payment = PaymentId.random();
        log.publish(
                new GenericDomainEventMessage<>("Order", order.toString(), 0, ExampleOrders.placed(order)),
                new GenericDomainEventMessage<>("Order", order.toString(), 1, new OrderAwaitingPayment(order, payment)),
                new GenericDomainEventMessage<>("Payment", payment.toString(), 0, new PaymentRequested(payment, order, null,
                        PaymentProvider.ALIPAY, Money.of("398.00", "CNY"), null)));
        return log;
    }

    @AfterEach
    void stopAxon() {
        if (axon != null) {
            axon.shutdown();
        }
    }

    private OrderSearchIndex startQuerySide() {
        OrderSearchIndex index = new OrderSearchIndex(search.client);
        index.afterPropertiesSet();
        OrderSearchProjection projection = new OrderSearchProjection(index);
        DefaultConfigurer configurer = (DefaultConfigurer) DefaultConfigurer.defaultConfiguration()
                .configureEventStore(configuration -> eventStore)
                .eventProcessing(processing -> processing
                        .registerPooledStreamingEventProcessor(OrderSearchProjection.PROCESSING_GROUP)
                        .registerEventHandler(configuration -> projection)
                        .registerTokenStore(OrderSearchProjection.PROCESSING_GROUP, configuration -> tokens)
                        .registerSequencingPolicy(OrderSearchProjection.PROCESSING_GROUP,
                                configuration -> new OrderSearchSequencingPolicy()));
        new ReplayOutdatedIndexes(List.of(index)).configureModule(configurer);
        axon = configurer.buildConfiguration();
        axon.start();
        return index;
    }

    private StreamingEventProcessor processor() {
        return axon.eventProcessingConfiguration()
                .eventProcessorByProcessingGroup(OrderSearchProjection.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow();
    }

    private static void eventually(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited 30 seconds").isBefore(deadline);
            Thread.sleep(50);
        }
    }

    /** The order index as deployments before versioned indexes made it: a concrete index named like the alias. */
    static void concreteIndexOfTheOldDeployment(SearchNode search, OrderId order) throws IOException {
        search.client.indices().create(c -> c.index(OrderSearchIndex.INDEX).mappings(TypeMapping.of(m -> m
                .dynamic(DynamicMapping.Strict)
                .properties("orderId", p -> p.keyword(k -> k))
                .properties("status", p -> p.keyword(k -> k))
                .properties("currency", p -> p.keyword(k -> k))
                .properties("total", p -> p.double_(d -> d))
                .properties("placedAt", p -> p.date(d -> d)))));
        search.client.index(i -> i.index(OrderSearchIndex.INDEX).id(order.toString()).document(Map.of("orderId", order.toString(),
                "status", "PLACED", "currency", "CNY", "total", 398.0, "placedAt", "2026-11-25T02:00:00Z")));
    }

    @Test
    void an_index_of_an_older_deployment_is_rebuilt_by_a_replay_before_anything_new_is_handled() throws Exception {
        concreteIndexOfTheOldDeployment(search, order);

        OrderSearchIndex index = startQuerySide();
        eventually(() -> search.behind("kiosk-orders-write").stream().anyMatch(name -> name.startsWith("kiosk-orders-v" + OrderSearchIndex.MAPPING_VERSION + "-")));
        String rebuilt = search.behind("kiosk-orders-write").iterator().next();
        eventually(() -> processor().processingStatus().size() == 2
                && processor().processingStatus().values().stream().allMatch(segment -> segment.isCaughtUp()));

        assertThat(search.stored(order.toString()).index()).as("searches read the old index until the swap")
                .isEqualTo(OrderSearchIndex.INDEX);
        index.caughtUp();

        OrderDocument document = search.stored(order.toString()).source();
        assertThat(search.behind(OrderSearchIndex.INDEX)).containsExactly(rebuilt);
        assertThat(document.status()).isEqualTo("AWAITING_PAYMENT");
        assertThat(document.paymentStatus()).isEqualTo("REQUESTED");
        assertThat(document.contact().name()).isEqualTo("Mia Chen");
        assertThat(search.stored(order.toString()).version()).isEqualTo(3);
    }

    @Test
    void a_current_index_is_not_rebuilt_and_the_processor_carries_on_where_it_was() throws Exception {
        new OrderSearchIndex(search.client).afterPropertiesSet();
        String current = search.behind(OrderSearchIndex.INDEX).iterator().next();

        startQuerySide();
        eventually(() -> processor().processingStatus().size() == 2);

        assertThat(search.behind("kiosk-orders-write")).containsExactly(current);
        assertThat(search.stored(order.toString()).found()).as("the events before its tokens are not handled again").isFalse();
    }

    @Test
    void an_index_that_lost_its_data_while_the_processor_kept_its_place_is_refilled() throws Exception {
        OrderSearchIndex index = startQuerySide();
        eventually(() -> processor().processingStatus().size() == 2
                && processor().processingStatus().values().stream().allMatch(segment -> segment.isCaughtUp()));
        index.caughtUp();

        assertThat(search.stored(order.toString()).found()).isTrue();
        assertThat(search.stored(order.toString()).source().status()).isEqualTo("AWAITING_PAYMENT");
    }
}
