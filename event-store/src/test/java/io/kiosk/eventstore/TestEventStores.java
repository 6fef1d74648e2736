package io.kiosk.eventstore;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import io.kiosk.eventstore.privacy.PersonalDataAutoConfiguration;
import io.kiosk.eventstore.privacy.PersonalDataCipher;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

/**
 * The PostgreSQL the event store's tests run against ({@code KIOSK_TEST_DB_URL}, {@code KIOSK_DB_USER},
 * {@code KIOSK_DB_PASSWORD}, or the local {@code kiosk_test} of {@code .ci/postgres.sh}), each test's event stores in
 * schemas of their own, made afresh by the real migrations.
 */
final class TestEventStores {

    static final String URL = env("KIOSK_TEST_DB_URL", "jdbc:postgresql://localhost:5432/kiosk_test");
    static final String USER = env("KIOSK_DB_USER", "kiosk");
    static final String PASSWORD = env("KIOSK_DB_PASSWORD", "kiosk");

    private TestEventStores() {
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    /** Empty event stores in these schemas: whatever a previous run left is dropped, and the tables are migrated anew. */
    static void fresh(String... schemas) throws SQLException {
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            for (String schema : schemas) {
                sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
        for (String schema : schemas) {
            Flyway.configure().dataSource(URL, USER, PASSWORD).schemas(schema).createSchemas(true)
                    .locations("classpath:db/eventstore").placeholders(Map.of("readerRole", "")).load().migrate();
        }
    }

    /** Axon's JDBC storage over the event store in {@code schema}, with Kiosk's table and column names, serializing JSON. */
    static JdbcEventStorageEngine.Builder engine(String schema) {
        return JdbcEventStorageEngine.builder()
                .connectionProvider(TestEventStores::connect)
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(JacksonSerializer.defaultSerializer())
                .snapshotSerializer(JacksonSerializer.defaultSerializer())
                .schema(new KioskEventStoreAutoConfiguration().eventSchema(
                        new EventStoreProperties(schema, "own", true, Duration.ofSeconds(1),
                                Duration.ofSeconds(30), Duration.ofMinutes(2), 250, true, ""), null));
    }

    /**
     * The serializer both applications store events with: Axon's Jackson serializer over Spring Boot's object mapper
     * as their {@code spring.jackson} settings make it (nulls left out, dates as ISO text, unknown properties and
     * fractions where whole numbers belong refused, as the command side does), sealing personal data with {@code cipher}.
     */
    static Serializer applicationSerializer(PersonalDataCipher cipher) {
        return PersonalDataAutoConfiguration.encryptingSerializer(JsonMapper.builder().findAndAddModules()
                        .serializationInclusion(JsonInclude.Include.NON_NULL)
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                        .build(), new AnnotationRevisionResolver(), cipher);
    }

    static DataSource dataSource() {
        return new DriverManagerDataSource(URL, USER, PASSWORD);
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
