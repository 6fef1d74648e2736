package io.kiosk.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The event store of a running system, read straight from PostgreSQL: what was really stored, to hold the clients'
 * answers against after a fault. Also any other table of the system ({@link #rows}), such as the command side's
 * {@code command.stock_levels}.
 */
final class EventLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database database;

    EventLog(Database database) {
        this.database = database;
    }

    /** The payloads of every event of this type (a Java class name) whose payload field has this value, in log order. */
    List<JsonNode> payloads(String payloadType, String field, String value) {
        return rows("SELECT convert_from(payload, 'UTF8') AS payload FROM eventstore.domain_event_entry"
                + " WHERE payload_type = ? AND convert_from(payload, 'UTF8')::jsonb ->> ? = ? ORDER BY global_index",
                payloadType, field, value).stream().map(row -> json((String) row.get("payload"))).toList();
    }

    /** The payloads of every event of this type, in log order. */
    List<JsonNode> payloads(String payloadType) {
        return rows("SELECT convert_from(payload, 'UTF8') AS payload FROM eventstore.domain_event_entry"
                + " WHERE payload_type = ? ORDER BY global_index", payloadType)
                .stream().map(row -> json((String) row.get("payload"))).toList();
    }

    /** The rows of any query, each column by its label. */
    List<Map<String, Object>> rows(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet found = query.executeQuery()) {
                ResultSetMetaData columns = found.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (found.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int column = 1; column <= columns.getColumnCount(); column++) {
                        row.put(columns.getColumnLabel(column), found.getObject(column));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("cannot read " + sql + " from " + database.jdbcUrl(), failed);
        }
    }

    /** Runs a statement that changes rows (a fault test planting an event, say); answers how many it changed. */
    int update(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException failed) {
            throw new IllegalStateException("cannot run " + sql + " on " + database.jdbcUrl(), failed);
        }
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
