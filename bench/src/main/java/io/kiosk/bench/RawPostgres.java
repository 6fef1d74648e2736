package io.kiosk.bench;

import io.kiosk.launcher.Database;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The physical limits of the PostgreSQL the applications use, measured with plain JDBC next to each
 * Kiosk figure: appending event-sized rows (one commit per row, or a hundred per commit), reading the
 * event table front to back, and how soon another connection hears of a commit (LISTEN/NOTIFY).
 * Rows go to {@code bench.raw_event}, shaped like the event table with its indexes.
 */
final class RawPostgres implements AutoCloseable {

    static final int BATCH = 100;

    private final Database database;
    private final byte[] payload;
    private final byte[] metaData;
    private final List<Connection> connections = new ArrayList<>();
    private final List<PreparedStatement> inserts = new ArrayList<>();

    /** Connections for {@code clients} writers; rows carry a payload and metadata as large as the log's median event. */
    RawPostgres(Database database, int clients) throws SQLException {
        this.database = database;
        try (Connection connection = HistoryGenerator.connect(database); Statement setup = connection.createStatement()) {
            setup.execute("CREATE SCHEMA IF NOT EXISTS bench");
            // the event table's shape, indexes and constraints, but a sequence of its own: sharing the log's would tear
            // gaps into the global index that every gap-aware token then has to carry
            setup.execute("""
                    CREATE TABLE IF NOT EXISTS bench.raw_event (
                        global_index BIGSERIAL PRIMARY KEY, event_identifier VARCHAR(255) NOT NULL UNIQUE,
                        aggregate_identifier VARCHAR(255) NOT NULL, sequence_number BIGINT NOT NULL, type VARCHAR(255),
                        time_stamp VARCHAR(255) NOT NULL, payload_type VARCHAR(255) NOT NULL, payload_revision VARCHAR(255),
                        payload BYTEA NOT NULL, meta_data BYTEA, UNIQUE (aggregate_identifier, sequence_number))""");
            try (ResultSet sizes = setup.executeQuery("SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY length(payload)),"
                    + " percentile_disc(0.5) WITHIN GROUP (ORDER BY length(meta_data)) FROM (SELECT payload, meta_data"
                    + " FROM eventstore.domain_event_entry ORDER BY global_index DESC LIMIT 10000) recent")) {
                sizes.next();
                payload = json(sizes.getInt(1));
                metaData = json(sizes.getInt(2));
            }
        }
        for (int client = 0; client < clients; client++) {
            Connection connection = HistoryGenerator.connect(database);
            connections.add(connection);
            inserts.add(connection.prepareStatement("INSERT INTO bench.raw_event (event_identifier, aggregate_identifier,"
                    + " sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)"
                    + " VALUES (?, ?, 0, 'Cart', now()::text, 'io.kiosk.api.cart.ItemAddedToCart', NULL, ?, ?)"));
        }
    }

    int payloadBytes() {
        return payload.length;
    }

    /** One event-sized row, committed on its own (autocommit), as a command that appends one event must. */
    void insertOne(int client, long sequence) throws SQLException {
        PreparedStatement insert = inserts.get(client);
        bind(insert);
        insert.executeUpdate();
    }

    /** {@value #BATCH} event-sized rows in one JDBC batch and one commit. */
    void insertBatch(int client, long sequence) throws SQLException {
        Connection connection = connections.get(client);
        connection.setAutoCommit(false);
        PreparedStatement insert = inserts.get(client);
        for (int row = 0; row < BATCH; row++) {
            bind(insert);
            insert.addBatch();
        }
        insert.executeBatch();
        connection.commit();
        connection.setAutoCommit(true);
    }

    private void bind(PreparedStatement insert) throws SQLException {
        insert.setString(1, UUID.randomUUID().toString());
        insert.setString(2, UUID.randomUUID().toString());
        insert.setBytes(3, payload);
        insert.setBytes(4, metaData);
    }

    /** Reads every row of the event table in log order, as a replay does, {@code fetchSize} rows per round trip; answers rows read. */
    static long readLog(Database database, int fetchSize) throws SQLException {
        try (Connection connection = HistoryGenerator.connect(database)) {
            connection.setAutoCommit(false);
            try (PreparedStatement scan = connection.prepareStatement("SELECT global_index, event_identifier, aggregate_identifier,"
                    + " sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data"
                    + " FROM eventstore.domain_event_entry ORDER BY global_index")) {
                scan.setFetchSize(fetchSize);
                long rows = 0;
                try (ResultSet row = scan.executeQuery()) {
                    while (row.next()) {
                        row.getLong(1);
                        row.getString(2);
                        row.getString(3);
                        row.getLong(4);
                        row.getString(6);
                        row.getString(7);
                        row.getBytes(9);
                        row.getBytes(10);
                        rows++;
                    }
                }
                connection.commit();
                return rows;
            }
        }
    }

    /**
     * The floor of projection lag: a writer commits a row and a NOTIFY; how long until a listening
     * connection has it, in microseconds.
     */
    long notifyLag(int client, Connection listener) throws SQLException {
        Connection writer = connections.get(client);
        PGConnection pg = listener.unwrap(PGConnection.class);
        writer.setAutoCommit(false);
        PreparedStatement insert = inserts.get(client);
        bind(insert);
        insert.executeUpdate();
        try (Statement notify = writer.createStatement()) {
            notify.execute("NOTIFY bench_raw_lag");
        }
        long committing = System.nanoTime();
        writer.commit();
        writer.setAutoCommit(true);
        while (true) {
            PGNotification[] heard = pg.getNotifications(1000);
            if (heard != null && heard.length > 0) {
                return Math.max(1, (System.nanoTime() - committing) / 1000);
            }
        }
    }

    Connection listen() throws SQLException {
        Connection listener = HistoryGenerator.connect(database);
        try (Statement listen = listener.createStatement()) {
            listen.execute("LISTEN bench_raw_lag");
        }
        return listener;
    }

    private static byte[] json(int size) {
        StringBuilder text = new StringBuilder("{\"x\":\"");
        while (text.length() < size - 2) {
            text.append('a');
        }
        return text.append("\"}").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = HistoryGenerator.connect(database); Statement cleanup = connection.createStatement()) {
            cleanup.execute("TRUNCATE bench.raw_event");
        }
        for (Connection connection : connections) {
            connection.close();
        }
    }
}
