package io.kiosk.infra.embedded;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The PostgreSQL that the tests of one build share on a machine that has none: a process of its own, started by
 * {@link BuildPostgresListener} for the first test JVM that finds nothing on {@code localhost:5432}, serving there with
 * the roles and databases {@code .ci/postgres.sh} makes, until the process it watches (the Maven build) has ended.
 *
 * <p>Why a process of its own: a build runs the tests of each module in a JVM of its own, one after the other; a
 * server started inside one of them would end with that module. This one outlives them and stops with the build, so
 * the modules share it (one start per build, not one per module or test class).
 *
 * <p>Arguments: the process id to watch, then the port ({@value #PORT} unless given). Prints {@value #READY} once the
 * databases exist.
 */
public final class BuildPostgres {

    /** The port the tests look at first, as on a machine prepared by {@code .ci/postgres.sh}. */
    public static final int PORT = 5432;
    static final String READY = "kiosk build PostgreSQL ready";

    private BuildPostgres() {
    }

    public static void main(String[] arguments) throws SQLException {
        Optional<ProcessHandle> build = ProcessHandle.of(Long.parseLong(arguments[0]));
        if (build.isEmpty()) {
            return;
        }
        int port = arguments.length > 1 ? Integer.parseInt(arguments[1]) : PORT;
        try (EmbeddedPostgres server = EmbeddedPostgres.startTemporary(port)) {
            createRolesAndDatabases(server);
            System.out.println(READY + " on port " + port + " after " + server.startupTime().toMillis()
                + " ms; stops when process " + build.get().pid() + " ends");
            build.get().onExit().join();
        }
    }

    /** The roles and databases of {@code .ci/postgres.sh}, named by the same variables ({@link TestDatabaseRoles}). */
    private static void createRolesAndDatabases(EmbeddedPostgres server) throws SQLException {
        String url = "jdbc:postgresql://localhost:" + server.port() + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, server.username(), server.password());
             Statement sql = connection.createStatement()) {
            for (String statement : TestDatabaseRoles.fromEnvironment().statementsFor(EmbeddedPostgres.DATABASE)) {
                sql.execute(statement);
            }
        }
    }
}
