package io.kiosk.command;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The query side's database role ({@code kiosk_query}, made by {@code .ci/postgres.sh}) against the database the
 * command side migrated: it reads the event store and the per-customer keys of schema {@code privacy} (never
 * making, changing or deleting one), and may make schemas of its own; it writes no event, and reads nothing of schema
 * {@code command}, where the command side keeps its secrets.
 */
class QueryDatabaseRoleTest extends CommandSideHttpTest {

    private static final String QUERY_ROLE = env("KIOSK_QUERY_DB_USER", "kiosk_query");
    private static final String QUERY_PASSWORD = env("KIOSK_QUERY_DB_PASSWORD", "kiosk_query");

    @Value("${spring.datasource.url}")
    private String url;

    @Autowired
    private Flyway commandMigrations;

    private Connection asQuerySide() {
        try {
            return DriverManager.getConnection(url, QUERY_ROLE, QUERY_PASSWORD);
        } catch (SQLException noRole) {
            throw new IllegalStateException("the query side's role " + QUERY_ROLE + " cannot log in to " + url
                    + ": run .ci/postgres.sh (or set KIOSK_QUERY_DB_USER and KIOSK_QUERY_DB_PASSWORD)", noRole);
        }
    }

    @Test
    void the_query_side_reads_the_event_store() throws SQLException {
        try (Connection connection = asQuerySide(); Statement sql = connection.createStatement()) {
            assertThat(count(sql, "eventstore.domain_event_entry")).isNotNegative();
            assertThat(count(sql, "eventstore.snapshot_event_entry")).isNotNegative();
        }
    }

    @Test
    void the_query_side_writes_no_event() throws SQLException {
        try (Connection connection = asQuerySide(); Statement sql = connection.createStatement()) {
            for (String change : new String[] {
                    "INSERT INTO eventstore.domain_event_entry (event_identifier, aggregate_identifier, sequence_number,"
                            + " type, time_stamp, payload_type, payload, meta_data) VALUES ('forged', 'forged', 0, 'Order',"
                            + " '2026-12-01T00:00:00Z', 'io.kiosk.api.order.OrderPaid', '\\x7b7d', '\\x7b7d')",
                    "UPDATE eventstore.domain_event_entry SET payload = payload",
                    "DELETE FROM eventstore.domain_event_entry",
                    "TRUNCATE eventstore.snapshot_event_entry",
                    "CREATE TABLE eventstore.scratch (id INT)"}) {
                assertThatThrownBy(() -> sql.execute(change)).as(change)
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            }
        }
    }

    @Test
    void the_query_side_reads_none_of_the_command_sides_secrets() throws SQLException {
        try (Connection connection = asQuerySide(); Statement sql = connection.createStatement()) {
            for (String table : new String[] {"account", "refresh_token", "mailed_token", "idempotency_key",
                    "notification_outbox", "rate_limit_window", "login_throttle", "order_contact"}) {
                assertThatThrownBy(() -> count(sql, "command." + table)).as(table)
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            }
        }
    }

    @Test
    void the_query_side_reads_the_customers_keys_but_makes_changes_and_erases_none() throws SQLException {
        try (Connection connection = asQuerySide(); Statement sql = connection.createStatement()) {
            // what opening an event's personal data needs (erasing in its read models happens in its own schemas)
            assertThat(count(sql, "privacy.subject_key")).isNotNegative();
            for (String change : new String[] {
                    "INSERT INTO privacy.subject_key (subject, wrapped_key) VALUES (gen_random_uuid(), '\\x00')",
                    "UPDATE privacy.subject_key SET wrapped_key = NULL, erased_at = now()",
                    "DELETE FROM privacy.subject_key",
                    "TRUNCATE privacy.subject_key",
                    "CREATE TABLE privacy.scratch (id INT)"}) {
                assertThatThrownBy(() -> sql.execute(change)).as(change)
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            }
        }
    }

    @Test
    void the_query_side_makes_schemas_of_its_own() throws SQLException {
        try (Connection connection = asQuerySide(); Statement sql = connection.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS query_role_probe CASCADE");
            sql.execute("CREATE SCHEMA query_role_probe");
            sql.execute("CREATE TABLE query_role_probe.read_model (id INT)");
            sql.execute("INSERT INTO query_role_probe.read_model VALUES (1)");
            assertThat(count(sql, "query_role_probe.read_model")).isOne();
            sql.execute("DROP SCHEMA query_role_probe CASCADE");
        }
    }

    @Test
    void the_query_side_reads_every_table_of_the_privacy_schema_even_one_made_after_the_grant() throws SQLException {
        boolean made = jdbc.queryForList("SELECT 1 FROM pg_namespace WHERE nspname = 'privacy'").isEmpty();
        try {
            jdbc.execute("CREATE SCHEMA IF NOT EXISTS privacy");
            jdbc.execute("CREATE TABLE privacy.role_probe_before (id INT)");
            commandMigrations.migrate(); // as at the command side's next start, or right after the migration making it
            jdbc.execute("CREATE TABLE privacy.role_probe_after (id INT)");
            jdbc.execute("INSERT INTO privacy.role_probe_after VALUES (1)");

            try (Connection connection = asQuerySide(); Statement sql = connection.createStatement()) {
                assertThat(count(sql, "privacy.role_probe_before")).isZero();
                assertThat(count(sql, "privacy.role_probe_after")).isOne();
                assertThatThrownBy(() -> sql.execute("DELETE FROM privacy.role_probe_after"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            }
        } finally {
            jdbc.execute("DROP TABLE IF EXISTS privacy.role_probe_before, privacy.role_probe_after");
            if (made) {
                jdbc.execute("DROP SCHEMA IF EXISTS privacy");
            }
        }
    }

    private static long count(Statement sql, String table) throws SQLException {
        try (ResultSet rows = sql.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
