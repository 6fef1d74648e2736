package io.kiosk.infra.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The build's PostgreSQL as the tests of a machine without one meet it: the roles and databases of
 * {@code .ci/postgres.sh}, and gone once the process it watches (here a stand-in for Maven) has ended.
 */
class BuildPostgresTest {

    @Test
    void serves_the_test_roles_and_databases_until_the_build_ends(@TempDir Path logs) throws Exception {
        TestDatabaseRoles roles = TestDatabaseRoles.fromEnvironment();
        int port = freePort();
        Process build = new ProcessBuilder("sleep", "300").start();
        Process server = BuildPostgresListener.startServer(build.toHandle(), port, logs.resolve("postgres.log"));
        try {
            try (Connection kiosk = connect(port, "kiosk_test", roles.user(), roles.password());
                 Statement sql = kiosk.createStatement()) {
                sql.execute("CREATE TABLE probe (id int)");
                sql.execute("CREATE DATABASE kiosk_system_test_probe");
            }
            try (Connection web = connect(port, "kiosk_test", roles.webUser(), roles.webPassword());
                 Statement sql = web.createStatement()) {
                sql.execute("CREATE SCHEMA web_probe");
                assertThatThrownBy(() -> sql.execute("CREATE TABLE public.forbidden (id int)"))
                    .as("the web app's role makes its own schema, nothing in others'").hasMessageContaining("permission denied");
            }
            try (Connection analyst = connect(port, "kiosk", roles.analystUser(), roles.analystPassword());
                 Statement sql = analyst.createStatement()) {
                assertThatThrownBy(() -> sql.execute("CREATE TABLE forbidden (id int)"))
                    .hasMessageContaining("read-only transaction");
            }

            build.destroy();

            assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("the server stops with the build").isTrue();
            assertThatThrownBy(() -> connect(port, "kiosk_test", roles.user(), roles.password())).isInstanceOf(SQLException.class);
        } finally {
            build.destroyForcibly();
            server.destroy();
            server.waitFor(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS);
        }
    }

    private static Connection connect(int port, String database, String user, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, user, password);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
