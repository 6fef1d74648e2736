package io.kiosk.query;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL the tests run against ({@code KIOSK_TEST_DB_URL}, {@code KIOSK_DB_USER},
 * {@code KIOSK_DB_PASSWORD}, or the local {@code kiosk_test} of {@code .ci/postgres.sh}).
 *
 * <p>The query side's tests keep their events in a schema of their own, not in the shared
 * {@code eventstore} that the command side's tests fill: the processors here replay every event
 * from the start, and events of other suites (older shapes, or a shape someone is changing right
 * now) would stall them. Both schemas start empty on every run, so every run is also a full replay.
 */
public final class TestDatabase {

    public static final String URL = env("KIOSK_TEST_DB_URL", "jdbc:postgresql://localhost:5432/kiosk_test");
    public static final String USER = env("KIOSK_DB_USER", "kiosk");
    public static final String PASSWORD = env("KIOSK_DB_PASSWORD", "kiosk");
    public static final String EVENT_STORE_SCHEMA = "query_side_test_events";
    static final String READ_MODEL_SCHEMA = "query";
    static final String ANALYTICS_SCHEMA = "analytics";

    private static boolean emptied;

    private TestDatabase() {
    }

    /** Drops the read models (schemas query and analytics), tokens and test events a previous run left; once per test JVM. */
    static synchronized void emptyOnce() {
        if (emptied) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement sql = connection.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + READ_MODEL_SCHEMA + " CASCADE");
            sql.execute("DROP SCHEMA IF EXISTS " + ANALYTICS_SCHEMA + " CASCADE");
            sql.execute("DROP SCHEMA IF EXISTS " + EVENT_STORE_SCHEMA + " CASCADE");
        } catch (SQLException unreachable) {
            throw new IllegalStateException("the test database " + URL + " is not reachable: run .ci/postgres.sh"
                    + " or set KIOSK_TEST_DB_URL, KIOSK_DB_USER and KIOSK_DB_PASSWORD", unreachable);
        }
        emptied = true;
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
