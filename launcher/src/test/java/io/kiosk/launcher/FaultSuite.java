package io.kiosk.launcher;

import io.kiosk.infra.embedded.AtJvmExit;
import io.kiosk.infra.embedded.CutOffRelay;
import io.kiosk.infra.embedded.EmbeddedElasticsearch;
import io.kiosk.infra.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kiosk that fault tests break, and the means to break it. A whole system of its own, apart from the journeys'
 * system (which no fault may disturb), started once per test run for every fault test and stopped when the run ends:
 * both applications as real processes, kept running by the launcher (a killed one is restarted, see
 * {@link SupervisedApp}), with an embedded PostgreSQL and an embedded Elasticsearch of their own, so that a fault
 * may stop either: PostgreSQL is stopped and started again on its data and port ({@link #restartPostgres}),
 * Elasticsearch is reached through a relay that cuts it off ({@link #elasticsearchRelay()}); mails caught locally, application logs in {@code launcher/target/system-test-logs/faults}.
 *
 * <p>A fault test is a class annotated {@code @ExtendWith(FaultSuite.Extension.class)} that takes the suite as a
 * constructor or method parameter; each leaves the system running when it ends (the launcher restarts what it
 * killed), with data of its own (new customers, a product of its own), so that fault tests do not meet:
 * <pre>{@code
 * FaultSuite faults;  // from the constructor
 * String productId = faults.newStockedProduct(1000);                 // defined, published, 1000 in stock
 * String token = faults.people().customer("Mia Chen");               // registered, verified, logged in
 * Http.Answer answer = faults.commands(token).post(...);             // over HTTP, like any client
 * faults.commandSide().kill();                                       // kill -9, as a crash
 * faults.commandSide().awaitReady(FaultSuite.RESTART);               // restarted by the launcher
 * faults.eventLog().payloads("io.kiosk.api.cart.CartCheckedOut", "cartId", cart);  // what was stored
 * }</pre>
 */
final class FaultSuite {

    /** Long enough for the launcher to restart an application on a busy machine. */
    static final Duration RESTART = Duration.ofMinutes(5);

    private final Path postgresData;
    private final int postgresPort;
    private volatile EmbeddedPostgres postgres;
    private final EmbeddedElasticsearch elasticsearch;
    private final CutOffRelay elasticsearchRelay;
    private final KioskSystem kiosk;
    private final People people;
    private final EventLog eventLog;

    private FaultSuite() throws IOException {
        Path data = Files.createTempDirectory("kiosk-faults");
        postgresData = data.resolve("postgres");
        postgresPort = FreePorts.any();
        postgres = EmbeddedPostgres.start(postgresData, postgresPort, AtJvmExit.LEAVE_TO_OWNER);
        elasticsearch = EmbeddedElasticsearch.start(AtJvmExit.LEAVE_TO_OWNER);
        elasticsearchRelay = new CutOffRelay(elasticsearch.httpUri());
        kiosk = start(data, new Database(postgres.jdbcUrl(), postgres.username(), postgres.password()), elasticsearchRelay.uri().toString());
        people = new People(kiosk);
        eventLog = new EventLog(kiosk.database());
    }

    static FaultSuite in(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Started.class, key -> {
                    try {
                        return new Started(new FaultSuite());
                    } catch (IOException noTemp) {
                        throw new UncheckedIOException(noTemp);
                    }
                }, Started.class).suite();
    }

    private static KioskSystem start(Path data, Database database, String elasticsearchUrl) {
        return KioskSystem.start(new KioskSettings(
                Path.of(System.getProperty("kiosk.command-side.jar")),
                Path.of(System.getProperty("kiosk.query-side.jar")),
                // the faults are the APIs': no web app
                Optional.empty(),
                FreePorts.any(), FreePorts.any(), 0,
                Optional.of(database),
                Optional.of(elasticsearchUrl),
                data,
                false,
                Optional.of(Path.of(System.getProperty("kiosk.logs", "target/system-test-logs")).resolve("faults")),
                true,
                null,
                Optional.of(new KioskSettings.Admin(RunningKiosk.ADMIN_EMAIL, RunningKiosk.ADMIN_PASSWORD)),
                // fault tests define the products they need: the demo catalogue would only slow every start;
                // every client of the suite calls from this machine's address, standing for many customers' own, so
                // the limits per client address are off (those per e-mail address and the login lock still hold)
                Map.of("KIOSK_DEMO_CATALOGUE", "false",
                        "KIOSK_RATELIMITS_REGISTRATION_PERCLIENT", "0",
                        "KIOSK_RATELIMITS_VERIFICATIONRESEND_PERCLIENT", "0",
                        "KIOSK_RATELIMITS_PASSWORDRESET_PERCLIENT", "0",
                        "KIOSK_RATELIMITS_FAILEDLOGINS_PERCLIENT", "0")));
    }

    KioskSystem kiosk() {
        return kiosk;
    }

    SupervisedApp commandSide() {
        return kiosk.commandSide();
    }

    SupervisedApp querySide() {
        return kiosk.querySide();
    }

    /**
     * Stops PostgreSQL ({@code pg_ctl stop -m fast}: every connection is closed, transactions in flight are rolled
     * back), leaves it down for {@code down}, and starts it again on the same data and port.
     */
    void restartPostgres(Duration down) throws InterruptedException {
        postgres.close();
        Thread.sleep(down.toMillis());
        postgres = EmbeddedPostgres.start(postgresData, postgresPort, AtJvmExit.LEAVE_TO_OWNER);
    }

    /** The relay the applications reach Elasticsearch through: {@code cutOff()} is an outage, {@code reconnect()} its end. */
    CutOffRelay elasticsearchRelay() {
        return elasticsearchRelay;
    }

    /** Customers and staff, brought in the way they really arrive. */
    People people() {
        return people;
    }

    /** The command API, as the holder of {@code token}. */
    Http commands(String token) {
        return new Http(kiosk.commandApi()).as(token);
    }

    /** The query API, as the holder of {@code token}. */
    Http queries(String token) {
        return new Http(kiosk.queryApi()).as(token);
    }

    /** What the event store holds: the truth to compare the clients' answers with. */
    EventLog eventLog() {
        return eventLog;
    }

    /** A new product of the test's own (a lamp, option colour=white), published with {@code onHand} in stock. */
    String newStockedProduct(int onHand) {
        Http backOffice = commands(people.staff("BACK_OFFICE"));
        String productId = "ks-fault-lamp-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(backOffice.post("/api/products", """
                {"productId":"%s","definition":%s}""".formatted(productId, Products.lamp("100.00"))).status()).isEqualTo(201);
        assertThat(backOffice.post("/api/products/" + productId + "/publication", null).status()).isEqualTo(200);
        assertThat(backOffice.send("PUT", "/api/products/" + productId + "/stock",
                "{\"options\":{\"colour\":\"white\"},\"onHand\":" + onHand + "}").status()).isEqualTo(200);
        return productId;
    }

    /** Stops the fault suite's system when the test run ends. */
    private record Started(FaultSuite suite) implements ExtensionContext.Store.CloseableResource {

        @Override
        public void close() {
            suite.kiosk.close();
            suite.elasticsearchRelay.close();
            suite.elasticsearch.close();
            suite.postgres.close();
        }
    }

    /** Hands the fault suite to the constructors and methods of fault tests that ask for it. */
    static final class Extension implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == FaultSuite.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return FaultSuite.in(context);
        }
    }
}
