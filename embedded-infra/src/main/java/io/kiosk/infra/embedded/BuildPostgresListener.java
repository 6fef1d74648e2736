package io.kiosk.infra.embedded;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Gives the tests a PostgreSQL on a machine that has only Java: when {@code KIOSK_TEST_DB_URL} is not set and nothing
 * answers on {@code localhost:5432}, starts {@link BuildPostgres} there before the first test of this JVM and waits
 * until its databases exist. A configured or running server is used as it is.
 *
 * <p>Registered for the JUnit Platform through {@code META-INF/services}, so every module with this module on its test
 * class path gets it. {@link BuildPostgres} watches the Maven process that runs the build (found among this JVM's
 * ancestors), or this JVM when no Maven is found (a test run from an IDE), and stops with it: the first module that
 * needs PostgreSQL starts it, the later ones find it answering. A file lock in the temporary directory keeps two
 * JVMs starting at once (a parallel build) from starting two.
 */
public final class BuildPostgresListener implements LauncherSessionListener {

    private static final Duration READY_WITHIN = Duration.ofMinutes(3);
    private static final String MAVEN_LAUNCHER = "org.codehaus.plexus.classworlds.launcher.Launcher";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String configured = System.getenv("KIOSK_TEST_DB_URL");
        if (configured != null && !configured.isBlank()) {
            return;
        }
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        try (FileChannel lockFile = FileChannel.open(temporary.resolve("kiosk-build-postgres.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = lockFile.lock()) {
            if (!answers()) {
                start(temporary.resolve("kiosk-build-postgres.log"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the build's PostgreSQL", e);
        }
    }

    private static void start(Path log) throws IOException {
        ProcessHandle build = mavenBuild();
        Process server = startServer(build, BuildPostgres.PORT, log);
        System.err.println("[kiosk] KIOSK_TEST_DB_URL is not set and nothing answered on localhost:" + BuildPostgres.PORT
            + ": started an embedded PostgreSQL there for this build (process " + server.pid() + ", log " + log
            + "); it stops when process " + build.pid() + " ends");
    }

    /**
     * Starts {@link BuildPostgres} on {@code port}, watching {@code watched}, and returns once the test database
     * takes logins.
     *
     * @throws IllegalStateException with the server's log when it did not come up
     */
    static Process startServer(ProcessHandle watched, int port, Path log) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process server = new ProcessBuilder(List.of(java.toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), BuildPostgres.class.getName(),
                Long.toString(watched.pid()), Integer.toString(port)))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
            .start();
        awaitDatabases(server, port, log);
        return server;
    }

    private static void awaitDatabases(Process server, int port, Path log) throws IOException {
        TestDatabaseRoles roles = TestDatabaseRoles.fromEnvironment();
        String url = "jdbc:postgresql://localhost:" + port + "/" + EmbeddedPostgres.DATABASE + "_test";
        Instant giveUp = Instant.now().plus(READY_WITHIN);
        while (true) {
            try (Connection ignored = DriverManager.getConnection(url, roles.user(), roles.password())) {
                return;
            } catch (SQLException notYet) {
                if (!server.isAlive() || Instant.now().isAfter(giveUp)) {
                    server.destroy();
                    throw new IllegalStateException("The build's embedded PostgreSQL did not start; its log "
                        + log + " says:\n" + Files.readString(log) + "\nTo use an existing PostgreSQL instead: bash .ci/postgres.sh "
                        + "(Debian), or set KIOSK_TEST_DB_URL, KIOSK_DB_USER and KIOSK_DB_PASSWORD.");
                }
            }
            pause();
        }
    }

    private static boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", BuildPostgres.PORT), 1000);
            return true;
        } catch (IOException nothing) {
            return false;
        }
    }

    /** The Maven process running this build; this JVM itself when there is none (a run from an IDE). */
    private static ProcessHandle mavenBuild() {
        for (ProcessHandle ancestor = ProcessHandle.current().parent().orElse(null); ancestor != null;
             ancestor = ancestor.parent().orElse(null)) {
            if (ancestor.info().commandLine().filter(line -> line.contains(MAVEN_LAUNCHER)).isPresent()) {
                return ancestor;
            }
        }
        return ProcessHandle.current();
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the build's PostgreSQL", e);
        }
    }
}
