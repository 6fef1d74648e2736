package io.kiosk.command;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.customer.Language;
import io.kiosk.command.customer.CustomerLanguages;
import io.kiosk.command.identity.AccountAddresses;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

/**
 * The tables mails are written from, for tests of mails that run without the application: accounts (whose verified
 * address order mails go to), customers' languages, orders' contacts and the outbox, made by the command side's own migrations in a
 * schema of the test database of the test's own, read by the real {@link CustomerLanguages} and
 * {@link AccountAddresses}. A test says who has which account and prefers which language as registration would.
 */
public final class TestMailDatabase {

    private static final String URL = env("KIOSK_TEST_DB_URL", "jdbc:postgresql://localhost:5432/kiosk_test");
    private static final String USER = env("KIOSK_DB_USER", "kiosk");
    private static final String PASSWORD = env("KIOSK_DB_PASSWORD", "kiosk");
    private static final List<String> MIGRATIONS = List.of("/db/command/V1__accounts.sql",
            "/db/command/V14__customer_languages.sql", "/db/command/V15__notification_outbox.sql", "/db/command/V19__order_contacts.sql");

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    private TestMailDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Empty tables in schema {@code schema} (dropped and made again). */
    public static TestMailDatabase fresh(String schema) {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement sql = connection.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            sql.execute("CREATE SCHEMA " + schema);
            sql.execute("SET search_path TO " + schema);
            for (String migration : MIGRATIONS) {
                try (InputStream script = TestMailDatabase.class.getResourceAsStream(migration)) {
                    // no event store beside these tables: nothing to copy in
                    sql.execute(new String(script.readAllBytes(), StandardCharsets.UTF_8)
                            .replace("${eventStoreSchema}", schema));
                }
            }
        } catch (SQLException unreachable) {
            throw new IllegalStateException("the test database " + URL + " is not reachable: run .ci/postgres.sh"
                    + " or set KIOSK_TEST_DB_URL, KIOSK_DB_USER and KIOSK_DB_PASSWORD", unreachable);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        DriverManagerDataSource dataSource = new DriverManagerDataSource(URL, USER, PASSWORD);
        Properties inSchema = new Properties();
        inSchema.setProperty("currentSchema", schema);
        dataSource.setConnectionProperties(inSchema);
        return new TestMailDatabase(dataSource);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The languages as the application reads them. */
    public CustomerLanguages languages() {
        return new CustomerLanguages(jdbc);
    }

    /** The addresses order mails go to, as the application reads them. */
    public AccountAddresses addresses() {
        return new AccountAddresses(jdbc);
    }

    /** {@code customer} chose {@code language}, as their registration or a later change would record it. */
    public void prefer(CustomerId customer, Language language) {
        jdbc.sql("""
                        INSERT INTO customer_language (customer_id, language, version) VALUES (:id, :language, 0)
                        ON CONFLICT (customer_id) DO UPDATE SET language = :language""")
                .param("id", customer.value()).param("language", language.tag()).update();
    }

    /** {@code customer} registered with {@code email} and confirmed it ({@code verified}) or not yet. */
    public void account(CustomerId customer, EmailAddress email, boolean verified) {
        jdbc.sql("""
                        INSERT INTO account (account_id, email, password_hash, roles, email_verified)
                        VALUES (:id, :email, 'not a hash: nobody logs in here', 'CUSTOMER', :verified)""")
                .param("id", customer.value()).param("email", email.value()).param("verified", verified).update();
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
