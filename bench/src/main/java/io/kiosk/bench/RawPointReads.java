package io.kiosk.bench;

import io.kiosk.launcher.Database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The physical floor under a read: one primary-key lookup of an event row over JDBC, from a
 * connection of the client's own, on the same PostgreSQL the applications use.
 */
final class RawPointReads implements AutoCloseable {

    private final List<Connection> connections = new ArrayList<>();
    private final List<PreparedStatement> statements = new ArrayList<>();
    private final List<String> aggregates;

    RawPointReads(Database database, int clients) throws SQLException {
        for (int client = 0; client < clients; client++) {
            Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
            connections.add(connection);
            statements.add(connection.prepareStatement(
                    "SELECT payload FROM eventstore.domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0"));
        }
        try (var query = connections.get(0).createStatement();
             ResultSet rows = query.executeQuery("SELECT DISTINCT aggregate_identifier FROM eventstore.domain_event_entry LIMIT 1000")) {
            List<String> found = new ArrayList<>();
            while (rows.next()) {
                found.add(rows.getString(1));
            }
            aggregates = List.copyOf(found);
        }
        if (aggregates.isEmpty()) {
            throw new IllegalStateException("the event store is empty: nothing to read");
        }
    }

    void read(int client, long sequence) throws SQLException {
        PreparedStatement statement = statements.get(client);
        statement.setString(1, aggregates.get((int) (sequence % aggregates.size())));
        try (ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("event row vanished");
            }
            row.getBytes(1);
        }
    }

    @Override
    public void close() throws SQLException {
        for (Connection connection : connections) {
            connection.close();
        }
    }
}
