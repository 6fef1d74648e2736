package io.kiosk.launcher;

import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Kiosk system the system tests talk to, started once per test run: both applications as real
 * processes against the PostgreSQL that {@code .ci/postgres.sh} provides (or {@code KIOSK_TEST_DB_*})
 * and an embedded Elasticsearch node. Application logs go to {@code launcher/target/system-test-logs}.
 */
final class RunningKiosk {

    static final String ADMIN_EMAIL = "system-admin@kiosk.test";
    static final String ADMIN_PASSWORD = "system test admin password";

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
        Database database = new Database(
                env("KIOSK_TEST_DB_URL", "jdbc:postgresql://localhost:5432/kiosk_test"),
                env("KIOSK_DB_USER", "kiosk"),
                env("KIOSK_DB_PASSWORD", "kiosk"));
        try {
            return KioskSystem.start(new KioskSettings(
                    Path.of(System.getProperty("kiosk.command-side.jar")),
                    Path.of(System.getProperty("kiosk.query-side.jar")),
                    freePort(), freePort(),
                    Optional.of(database),
                    Optional.ofNullable(System.getenv("KIOSK_TEST_ELASTICSEARCH_URL")),
                    Files.createTempDirectory("kiosk-system-test"),
                    false,
                    Optional.of(Path.of(System.getProperty("kiosk.logs", "target/system-test-logs"))),
                    true,
                    null,
                    Optional.of(new KioskSettings.Admin(ADMIN_EMAIL, ADMIN_PASSWORD))));
        } catch (IOException noTemp) {
            throw new UncheckedIOException(noTemp);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException none) {
            throw new UncheckedIOException(none);
        }
    }
}
