package io.kiosk.projections;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * A read model's tables as the query side makes them, without the query side: a schema of their own in the test
 * database ({@code KIOSK_TEST_DB_URL}, {@code KIOSK_DB_USER}, {@code KIOSK_DB_PASSWORD}, or the local
 * {@code kiosk_test} of {@code .ci/postgres.sh}), dropped and migrated afresh by the query side's migrations.
 */
public final class ReadModelSchema {

    private static final String URL = env("KIOSK_TEST_DB_URL", "jdbc:postgresql://localhost:5432/kiosk_test");
    private static final String USER = env("KIOSK_DB_USER", "kiosk");
    private static final String PASSWORD = env("KIOSK_DB_PASSWORD", "kiosk");

    private ReadModelSchema() {
    }

    /** Schema {@code schema}, emptied and migrated with {@code db/query}; connections to it resolve tables there. */
    public static DriverManagerDataSource fresh(String schema) {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement sql = connection.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException unreachable) {
            throw new IllegalStateException("the test database " + URL + " is not reachable: run .ci/postgres.sh"
                    + " or set KIOSK_TEST_DB_URL, KIOSK_DB_USER and KIOSK_DB_PASSWORD", unreachable);
        }
        Flyway.configure().dataSource(URL, USER, PASSWORD).schemas(schema).defaultSchema(schema).createSchemas(true)
                .locations("classpath:db/query").load().migrate();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(URL, USER, PASSWORD);
        Properties inSchema = new Properties();
        inSchema.setProperty("currentSchema", schema);
        dataSource.setConnectionProperties(inSchema);
        return dataSource;
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
