package io.kiosk.launcher;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Stands in for a Kiosk application in the launcher's own tests, started by the launcher exactly like one
 * ({@code java -jar}, configured by its environment) but ready in a moment: it answers the readiness probe on its
 * port, says which signing key it was given, and, with {@code STAND_IN_DATABASE_AT_SHUTDOWN=true}, does what the
 * real applications do when asked to stop: it still uses the database while it shuts down, and says whether the
 * database answered.
 */
public final class StandInApp {

    private StandInApp() {
    }

    /** The command side's stand-in: on {@code KIOSK_COMMAND_PORT}. */
    public static final class CommandSide {

        private CommandSide() {
        }

        public static void main(String[] args) throws IOException, InterruptedException {
            run("command-side", "KIOSK_COMMAND_PORT");
        }
    }

    /** The query side's stand-in: on {@code KIOSK_QUERY_PORT}. */
    public static final class QuerySide {

        private QuerySide() {
        }

        public static void main(String[] args) throws IOException, InterruptedException {
            run("query-side", "KIOSK_QUERY_PORT");
        }
    }

    /** The web app's stand-in: on {@code KIOSK_WEB_PORT}; it uses the database (its sessions) as its own role. */
    public static final class Web {

        private Web() {
        }

        public static void main(String[] args) throws IOException, InterruptedException {
            run("web", "KIOSK_WEB_PORT");
        }
    }

    private static void run(String name, String portVariable) throws IOException, InterruptedException {
        int port = Integer.parseInt(System.getenv(portVariable));
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/actuator/health/readiness", exchange -> {
            byte[] up = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, up.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(up);
            }
        });
        server.start();
        say("[stand-in %s] listening on %d, KIOSK_JWT_PRIVATE_KEY=%s%n", name, port, System.getenv("KIOSK_JWT_PRIVATE_KEY"));
        if ("true".equals(System.getenv("STAND_IN_DATABASE_AT_SHUTDOWN")) && System.getenv("KIOSK_DB_URL") != null) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> useTheDatabaseWhileStopping(name)));
        }
        Thread.currentThread().join();
    }

    private static void useTheDatabaseWhileStopping(String name) {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        boolean web = System.getenv("KIOSK_WEB_PORT") != null;
        try (Connection connection = DriverManager.getConnection(System.getenv("KIOSK_DB_URL"),
                System.getenv(web ? "KIOSK_WEB_DB_USER" : "KIOSK_DB_USER"), System.getenv(web ? "KIOSK_WEB_DB_PASSWORD" : "KIOSK_DB_PASSWORD"));
             Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
            say("[stand-in %s] the database answered during shutdown%n", name);
        } catch (SQLException gone) {
            say("[stand-in %s] the database was gone during shutdown: %s%n", name, gone.getMessage());
        }
    }

    /**
     * One line of output in one write: the stand-ins share the run command's output, and a line printed in pieces
     * (as {@code printf} does) interleaves with another stand-in's ("[stand-in [stand-in web] listening on command-side]").
     */
    private static void say(String format, Object... arguments) {
        byte[] line = String.format(format, arguments).getBytes(StandardCharsets.UTF_8);
        synchronized (System.out) {
            System.out.write(line, 0, line.length);
            System.out.flush();
        }
    }
}
