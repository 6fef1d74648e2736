package io.kiosk.query;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.Role;
import io.kiosk.api.order.OrderId;
import io.kiosk.infra.embedded.EmbeddedElasticsearch;
import io.kiosk.projections.rebuild.CaughtUpAfterReplay;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * The query side as it runs: its real processors over a real event store in PostgreSQL, search in
 * a real Elasticsearch node, and access tokens verified against a key set fetched over HTTP from
 * a stand-in for the command side. Every test class that extends this one shares one application,
 * whose clock stands still ({@link FixedMallClock}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false) // metrics as in production: the prometheus endpoint exists
@ActiveProfiles("test")
@Import(FixedMallClock.class)
public abstract class QuerySideHttpTest {

    protected static final IdentityStandIn identity = new IdentityStandIn();
    private static EmbeddedElasticsearch elasticsearch;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry properties) {
        infrastructure(properties, identity.keySetUri());
    }

    /** The database, the Elasticsearch node and where the command side's keys are published. */
    static void infrastructure(DynamicPropertyRegistry properties, URI keySet) {
        TestDatabase.emptyOnce();
        properties.add("spring.datasource.url", () -> TestDatabase.URL);
        properties.add("spring.datasource.username", () -> TestDatabase.USER);
        properties.add("spring.datasource.password", () -> TestDatabase.PASSWORD);
        properties.add("kiosk.event-store.schema", () -> TestDatabase.EVENT_STORE_SCHEMA);
        properties.add("spring.elasticsearch.uris", () -> elasticsearch().httpUri().toString());
        properties.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", keySet::toString);
    }

    private static synchronized EmbeddedElasticsearch elasticsearch() {
        if (elasticsearch == null) {
            elasticsearch = EmbeddedElasticsearch.start(); // closed by its shutdown hook when the test JVM ends
        }
        return elasticsearch;
    }

    @LocalServerPort
    private int port;

    @Autowired
    private EventBus eventStore;

    @Autowired
    private EventProcessingConfiguration processing;

    @Autowired
    private TokenStore tokens;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private List<CaughtUpAfterReplay> caughtUpHooks;

    @Autowired
    private JdbcClient eventLog;

    protected HttpClientForTests http;
    protected EventHistoryForTests history;

    /** The application is up by now; only now does the command side (its stand-in) publish its keys. */
    @BeforeEach
    void commandSideIsUp() {
        identity.publishKeys();
        http = new HttpClientForTests("http://localhost:" + port);
        history = new EventHistoryForTests(eventStore);
    }

    /** An order {@code customer} placed (two chargers), once tracking shows it. */
    protected OrderId placedBy(CustomerId customer) {
        OrderId order = OrderId.random();
        history.record(ExampleEvents.ORDER, order, ExampleEvents.orderPlaced(order, customer));
        eventually("/api/orders/" + order, identity.accessToken(customer, Role.CUSTOMER), 200);
        return order;
    }

    /** What the command side answers in Kiosk-Position for a change: where the aggregate's latest event stands in the log. */
    protected long positionOf(Object aggregateId) {
        return eventLog.sql("SELECT max(global_index) FROM " + TestDatabase.EVENT_STORE_SCHEMA
                        + ".domain_event_entry WHERE aggregate_identifier = :id")
                .param("id", aggregateId.toString()).query(Long.class).single();
    }

    /** Retries the request until the read model has caught up with the events just recorded. */
    protected HttpClientForTests.Answer eventually(String path, String token, int expectedStatus) {
        return eventually(path, token, answer -> answer.status() == expectedStatus);
    }

    /** Retries the request until its answer shows that the read model has caught up. */
    protected HttpClientForTests.Answer eventually(String path, String token, Predicate<HttpClientForTests.Answer> caughtUp) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> http.get(path, token), caughtUp);
    }

    /**
     * Throws the processor's read position away and lets it handle every event again, as a rebuild does, then
     * tells the read model the replay has caught up (as the replay service does), so that a rebuilt index
     * takes over the searches.
     */
    protected void replayEverything(String processingGroup) {
        replay(processingGroup);
        caughtUp(processingGroup);
    }

    /** Resets the processor (its {@code @ResetHandler}s run) and waits until the replay has reached where the log stood. */
    protected void replay(String processingGroup) {
        StreamingEventProcessor processor = processor(processingGroup);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        try {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> replayFinished(processor.processingStatus(), tokens.fetchSegments(processingGroup).length));
        } catch (ConditionTimeoutException stalled) {
            throw new AssertionError("the replay of " + processingGroup + " did not finish: " + processor.processingStatus(), stalled);
        }
    }

    /** The test side's driver of {@link CaughtUpAfterReplay}: what the replay service does once a replay has caught up. */
    protected void caughtUp(String processingGroup) {
        caughtUpHooks.stream().filter(hook -> hook.processingGroup().equals(processingGroup)).forEach(CaughtUpAfterReplay::caughtUp);
    }

    /**
     * Sets the processor back to the start of the log without a reset, as a segment that lost its progress
     * would be: every event is delivered again, to the read model as it stands (no {@code @ResetHandler} runs).
     */
    protected void redeliverEverything(String processingGroup) {
        StreamingEventProcessor processor = processor(processingGroup);
        processor.shutDown();
        int[] segments = tokens.fetchSegments(processingGroup);
        transactions.executeWithoutResult(status -> {
            for (int segment : segments) {
                tokens.fetchToken(processingGroup, segment); // claims it
                tokens.storeToken(null, processingGroup, segment);
                tokens.releaseClaim(processingGroup, segment);
            }
        });
        processor.start();
        try {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> processor.processingStatus().size() == segments.length
                            && processor.processingStatus().values().stream().allMatch(segment -> !segment.isErrorState()
                            && segment.isCaughtUp()));
        } catch (ConditionTimeoutException stalled) {
            throw new AssertionError("the redelivery to " + processingGroup + " did not finish: " + processor.processingStatus(), stalled);
        }
    }

    private StreamingEventProcessor processor(String processingGroup) {
        return processing.eventProcessor(processingGroup, StreamingEventProcessor.class)
                .orElseThrow(() -> new AssertionError("no streaming processor " + processingGroup));
    }

    /**
     * Every segment has handled the stream up to where it stood at the reset. (A segment counts as
     * "replaying" until it handles an event past that point, which may never come in a test.)
     */
    private static boolean replayFinished(Map<Integer, EventTrackerStatus> segments, int segmentCount) {
        return segments.size() == segmentCount && segments.values().stream().allMatch(segment -> !segment.isErrorState()
                && segment.isCaughtUp()
                && (!segment.isReplaying() || segment.getCurrentPosition().orElse(-1) >= segment.getResetPosition().orElse(0)));
    }
}
