package io.kiosk.launcher;

import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;

/**
 * The Kiosk system the system tests talk to, started once per test run: the three applications as real
 * processes against a fresh database on the PostgreSQL that {@code .ci/postgres.sh} provides (or {@code KIOSK_TEST_DB_*})
 * and an embedded Elasticsearch node. Application logs go to {@code launcher/target/system-test-logs}.
 */
public final class RunningKiosk {

    public static final String ADMIN_EMAIL = "system-admin@kiosk.test";
    public static final String ADMIN_PASSWORD = "system test admin password";
    /** {@code KIOSK_SYSTEM_TEST_DB} names it, so that two runs on one machine can keep apart. */
    private static final String SYSTEM_TEST_DATABASE = env("KIOSK_SYSTEM_TEST_DB", "kiosk_system_test");

    private RunningKiosk() {
    }

    static KioskSystem in(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Started.class, key -> new Started(start()), Started.class).system();
    }

    /** Stops the system when the test run ends. */
    private record Started(KioskSystem system) implements ExtensionContext.Store.CloseableResource {

        @Override
        public void close() {
            system.close();
        }
    }

    private static KioskSystem start() {
        Database database = freshDatabase();
        try {
            return KioskSystem.start(new KioskSettings(
                    Path.of(System.getProperty("kiosk.command-side.jar")),
                    Path.of(System.getProperty("kiosk.query-side.jar")),
                    Optional.of(Path.of(System.getProperty("kiosk.web.jar"))),
                    FreePorts.any(), FreePorts.any(), FreePorts.any(),
                    Optional.of(database),
                    Optional.ofNullable(System.getenv("KIOSK_TEST_ELASTICSEARCH_URL")),
                    Files.createTempDirectory("kiosk-system-test"),
                    false,
                    Optional.of(Path.of(System.getProperty("kiosk.logs", "target/system-test-logs"))),
                    true,
                    null,
                    Optional.of(new KioskSettings.Admin(ADMIN_EMAIL, ADMIN_PASSWORD)),
                    // the query side runs as its own role, as .ci/postgres.sh makes it (docs/operations.md, "Database roles")
                    Map.of("KIOSK_QUERY_DB_USER", env("KIOSK_QUERY_DB_USER", "kiosk_query"),
                            "KIOSK_QUERY_DB_PASSWORD", env("KIOSK_QUERY_DB_PASSWORD", "kiosk_query"),
                            "KIOSK_WEB_DB_USER", env("KIOSK_WEB_DB_USER", "kiosk_web"),
                            "KIOSK_WEB_DB_PASSWORD", env("KIOSK_WEB_DB_PASSWORD", "kiosk_web"))));
        } catch (IOException noTemp) {
            throw new UncheckedIOException(noTemp);
        }
    }

    /**
     * A database of the system tests' own, made anew for every run on the PostgreSQL of the other
     * suites: the whole system starts from an empty event store, as on a new machine, and nothing
     * another suite did to the shared {@code kiosk_test} (a product it withdrew, say) leaks in.
     */
    private static Database freshDatabase() {
        String url = env("KIOSK_TEST_DB_URL", "jdbc:postgresql://localhost:5432/kiosk_test");
        String user = env("KIOSK_DB_USER", "kiosk");
        String password = env("KIOSK_DB_PASSWORD", "kiosk");
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement sql = connection.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + SYSTEM_TEST_DATABASE + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + SYSTEM_TEST_DATABASE);
            // the web app makes its own schema (its sessions) as its own role, as .ci/postgres.sh lets it on kiosk_test
            sql.execute("GRANT CREATE ON DATABASE " + SYSTEM_TEST_DATABASE + " TO " + env("KIOSK_WEB_DB_USER", "kiosk_web"));
        } catch (SQLException unreachable) {
            throw new IllegalStateException("cannot make the system-test database next to " + url
                    + " (run .ci/postgres.sh, or set KIOSK_TEST_DB_URL and a role that may create databases)", unreachable);
        }
        return new Database(url.replaceFirst("(//[^/]+/)[^/?]+", "$1" + SYSTEM_TEST_DATABASE), user, password);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
