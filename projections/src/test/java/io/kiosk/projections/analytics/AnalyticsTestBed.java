package io.kiosk.projections.analytics;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The analytics read model as the query side runs it, without the query side: schema {@code analytics} of the
 * test database, emptied and migrated by the same migrations, and the projection behind Axon's own annotation
 * adapter, so that events reach it as a processor hands them over (the most specific handler, its sequence
 * number and timestamp) and a reset calls its reset handler.
 */
final class AnalyticsTestBed {

    static final ZoneId MALL = ZoneId.of("Asia/Shanghai");
    static final List<String> TABLES = List.of("cart_fact", "order_fact", "order_line_fact", "payment_fact", "product_fact",
            "refund_fact", "refund_line_fact");
    private static final String URL = env("KIOSK_TEST_DB_URL", "jdbc:postgresql://localhost:5432/kiosk_test");
    private static final String USER = env("KIOSK_DB_USER", "kiosk");
    private static final String PASSWORD = env("KIOSK_DB_PASSWORD", "kiosk");

    final JdbcClient jdbc;
    final RefundFacts refunds;
    private final AnnotationEventHandlerAdapter projection;

    private AnalyticsTestBed() {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement sql = connection.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS analytics CASCADE");
        } catch (SQLException unreachable) {
            throw new IllegalStateException("the test database " + URL + " is not reachable: run .ci/postgres.sh"
                    + " or set KIOSK_TEST_DB_URL, KIOSK_DB_USER and KIOSK_DB_PASSWORD", unreachable);
        }
        Flyway.configure().dataSource(URL, USER, PASSWORD).schemas("analytics").createSchemas(true)
                .locations("classpath:db/analytics").load().migrate();
        jdbc = JdbcClient.create(new DriverManagerDataSource(URL, USER, PASSWORD));
        MallCalendar calendar = new MallCalendar(MALL);
        refunds = new RefundFacts(jdbc, calendar);
        projection = new AnnotationEventHandlerAdapter(new AnalyticsProjection(new CartFacts(jdbc), new OrderFacts(jdbc),
                new PaymentFacts(jdbc), new ProductFacts(jdbc), calendar, jdbc));
    }

    static AnalyticsTestBed start() {
        return new AnalyticsTestBed();
    }

    /** Hands the projection one event of an aggregate, as stored: its sequence number and timestamp. */
    void handle(Recorded event) {
        try {
            projection.handle(new GenericDomainEventMessage<>(event.aggregateType(), event.aggregateId(), event.sequence(),
                    event.payload(), MetaData.emptyInstance(), UUID.randomUUID().toString(), event.at()));
        } catch (Exception failed) {
            throw new IllegalStateException("the projection refused " + event, failed);
        }
    }

    void handle(List<Recorded> events) {
        events.forEach(this::handle);
    }

    /** What a replay does first. */
    void reset() {
        projection.prepareReset();
    }

    /** Every row of every analytics table as PostgreSQL prints it, sorted: equal dumps are equal tables. */
    Map<String, List<String>> dump() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : TABLES) {
            tables.put(table, jdbc.sql("SELECT t::text FROM analytics." + table + " t ORDER BY 1").query(String.class).list());
        }
        return tables;
    }

    /** An event as the event store holds it. */
    record Recorded(String aggregateType, String aggregateId, long sequence, Instant at, Object payload) {
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
