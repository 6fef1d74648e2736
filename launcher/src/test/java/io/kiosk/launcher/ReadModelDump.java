package io.kiosk.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.http.HttpHost;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything the read models hold, in a canonical order, so that two dumps compare equal exactly when the
 * read models do.
 *
 * <p>PostgreSQL: every table of the read models' schemas ({@code query}, and {@code analytics} once it
 * exists), found in the catalogue rather than listed, so a read model added later joins by itself; each
 * table's rows as JSON, sorted. Left out is only what is not read-model data: Axon's bookkeeping (tokens,
 * sagas), the dead-letter queue, the replay bookkeeping and Flyway's history.
 *
 * <p>Elasticsearch: every {@code kiosk-*} index as the application reads it: through its alias when it has
 * one (a rebuilt index swapped in behind {@code kiosk-orders} is read as {@code kiosk-orders}, and older
 * generations left beside it are not), each document's source by id.
 */
final class ReadModelDump {

    private static final List<String> SCHEMAS = List.of("query", "analytics");
    private static final Set<String> NOT_READ_MODELS = Set.of("token_entry", "saga_entry", "association_value_entry",
            "dead_letter_entry", "projection_replay", "flyway_schema_history", "processor_member");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper SORTED_KEYS = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private ReadModelDump() {
    }

    /**
     * Table ({@code schema.table}) or index name → its rows or documents, in canonical order; {@code database} as the
     * query side logs in, whose role owns the read models (the command side's role may not read them).
     */
    static Map<String, List<String>> of(Database database, String elasticsearchUrl) throws SQLException, IOException {
        Map<String, List<String>> dump = new TreeMap<>();
        dump.putAll(tables(database));
        dump.putAll(indexes(elasticsearchUrl));
        return dump;
    }

    /** For each table or index that differs, what only the dump before and only the dump after holds. */
    static List<String> differences(Map<String, List<String>> before, Map<String, List<String>> after) {
        List<String> differences = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            List<String> was = before.getOrDefault(name, List.of());
            List<String> is = after.getOrDefault(name, List.of());
            if (!was.equals(is)) {
                differences.add(name + ": only before " + was.stream().filter(row -> !is.contains(row)).limit(3).toList()
                        + ", only after " + is.stream().filter(row -> !was.contains(row)).limit(3).toList());
            }
        }
        return differences;
    }

    private static Map<String, List<String>> tables(Database database) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             Statement sql = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet found = sql.executeQuery("SELECT table_schema || '.' || table_name FROM information_schema.tables"
                    + " WHERE table_type = 'BASE TABLE' AND table_schema IN ('" + String.join("', '", SCHEMAS) + "')")) {
                while (found.next()) {
                    String name = found.getString(1);
                    if (!NOT_READ_MODELS.contains(name.substring(name.indexOf('.') + 1))) {
                        names.add(name);
                    }
                }
            }
            for (String table : names) {
                List<String> rows = new ArrayList<>();
                try (ResultSet found = sql.executeQuery("SELECT row_to_json(t)::text FROM " + table + " t")) {
                    while (found.next()) {
                        rows.add(found.getString(1));
                    }
                }
                rows.sort(Comparator.naturalOrder());
                tables.put(table, rows);
            }
        }
        return tables;
    }

    private static Map<String, List<String>> indexes(String elasticsearchUrl) throws IOException {
        Map<String, List<String>> indexes = new TreeMap<>();
        try (RestClient client = RestClient.builder(HttpHost.create(elasticsearchUrl)).build()) {
            for (String name : readNames(get(client, "/_resolve/index/kiosk-*"))) {
                client.performRequest(new Request("POST", "/" + name + "/_refresh"));
                Request search = new Request("POST", "/" + name + "/_search");
                search.setJsonEntity("{\"size\":10000,\"query\":{\"match_all\":{}}}");
                JsonNode hits = JSON.readTree(client.performRequest(search).getEntity().getContent()).path("hits").path("hits");
                Map<String, String> byId = new TreeMap<>();
                hits.forEach(hit -> byId.put(hit.path("_id").asText(), hit.path("_id").asText() + " " + canonical(hit.path("_source"))));
                indexes.put("elasticsearch:" + name, List.copyOf(byId.values()));
            }
        }
        return indexes;
    }

    /** The aliases, and the indexes that are behind none and are no generation of an alias ({@code kiosk-orders-2}). */
    private static Set<String> readNames(JsonNode resolved) {
        Set<String> aliases = new TreeSet<>();
        resolved.path("aliases").forEach(alias -> aliases.add(alias.path("name").asText()));
        Set<String> names = new TreeSet<>(aliases);
        resolved.path("indices").forEach(index -> {
            String name = index.path("name").asText();
            boolean behindAlias = index.path("aliases").size() > 0;
            boolean generation = aliases.stream().anyMatch(alias -> name.startsWith(alias + "-") || name.startsWith(alias + "_"));
            if (!behindAlias && !generation) {
                names.add(name);
            }
        });
        return names;
    }

    private static JsonNode get(RestClient client, String path) throws IOException {
        return JSON.readTree(client.performRequest(new Request("GET", path)).getEntity().getContent());
    }

    /** The JSON with its object keys sorted, so that two equal documents print alike. */
    private static String canonical(JsonNode node) {
        try {
            return SORTED_KEYS.writeValueAsString(SORTED_KEYS.treeToValue(node, Object.class));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
