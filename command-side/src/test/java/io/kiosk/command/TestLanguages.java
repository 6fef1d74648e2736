package io.kiosk.command;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.Language;
import io.kiosk.command.customer.CustomerLanguages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The customers' languages for tests of mails that run without the application: table {@code customer_language},
 * made by the command side's own migration in a schema of the test database of its own, read by the real
 * {@link CustomerLanguages}. A test says which customer prefers which language as the customer's events would.
 */
public final class TestLanguages {

    private static final String URL = env("KIOSK_TEST_DB_URL", "jdbc:postgresql://localhost:5432/kiosk_test");
    private static final String USER = env("KIOSK_DB_USER", "kiosk");
    private static final String PASSWORD = env("KIOSK_DB_PASSWORD", "kiosk");
    private static final String SCHEMA = "mail_test_languages";
    private static final String MIGRATION = "/db/command/V14__customer_languages.sql";

    private final JdbcClient jdbc;

    private TestLanguages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An empty table. */
    public static TestLanguages empty() {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement sql = connection.createStatement();
             InputStream migration = TestLanguages.class.getResourceAsStream(MIGRATION)) {
            sql.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            sql.execute("CREATE SCHEMA " + SCHEMA);
            sql.execute("SET search_path TO " + SCHEMA);
            sql.execute(new String(migration.readAllBytes(), StandardCharsets.UTF_8));
        } catch (SQLException unreachable) {
            throw new IllegalStateException("the test database " + URL + " is not reachable: run .ci/postgres.sh"
                    + " or set KIOSK_TEST_DB_URL, KIOSK_DB_USER and KIOSK_DB_PASSWORD", unreachable);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        DriverManagerDataSource dataSource = new DriverManagerDataSource(URL, USER, PASSWORD);
        Properties inSchema = new Properties();
        inSchema.setProperty("currentSchema", SCHEMA);
        dataSource.setConnectionProperties(inSchema);
        return new TestLanguages(JdbcClient.create(dataSource));
    }

    /** The languages as the application reads them. */
    public CustomerLanguages languages() {
        return new CustomerLanguages(jdbc);
    }

    /** {@code customer} chose {@code language}, as their registration or a later change would record it. */
    public void prefer(CustomerId customer, Language language) {
        jdbc.sql("""
                        INSERT INTO customer_language (customer_id, language, version) VALUES (:id, :language, 0)
                        ON CONFLICT (customer_id) DO UPDATE SET language = :language""")
                .param("id", customer.value()).param("language", language.tag()).update();
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
