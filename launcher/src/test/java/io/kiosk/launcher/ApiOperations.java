package io.kiosk.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Every operation of the committed OpenAPI documents ({@code docs/api/*.yaml}), as a client generator reads them:
 * which application, method, path, parameters (path, query, header) with their schemas, and the request body's
 * media types and schema. The fuzz test ({@link HostileRequests}) makes its requests from these, so an endpoint
 * added to a document is fuzzed without a change to the test.
 */
final class ApiOperations {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    /** Which application serves an operation. */
    enum Side { COMMAND, QUERY }

    record Parameter(String in, String name, boolean required, JsonNode schema) {
    }

    /** One documented operation; {@code bodySchema} is null when it takes no body. */
    record Operation(Side side, String method, String path, List<Parameter> parameters, List<String> mediaTypes,
                     JsonNode bodySchema) {

        @Override
        public String toString() {
            return side + " " + method + " " + path;
        }
    }

    private final List<Operation> operations;
    private final Map<Side, JsonNode> components;

    private ApiOperations(List<Operation> operations, Map<Side, JsonNode> components) {
        this.operations = operations;
        this.components = components;
    }

    /** Reads {@code command-side.yaml} and {@code query-side.yaml} from {@code directory}. */
    static ApiOperations readFrom(Path directory) {
        List<Operation> operations = new ArrayList<>();
        JsonNode command = read(directory.resolve("command-side.yaml"));
        JsonNode query = read(directory.resolve("query-side.yaml"));
        collect(Side.COMMAND, command, operations);
        collect(Side.QUERY, query, operations);
        return new ApiOperations(List.copyOf(operations),
                Map.of(Side.COMMAND, command.path("components").path("schemas"), Side.QUERY, query.path("components").path("schemas")));
    }

    List<Operation> all() {
        return operations;
    }

    /** The schema itself, or the one its {@code $ref} names (resolved again until no reference is left). */
    JsonNode resolve(Side side, JsonNode schema) {
        JsonNode resolved = schema;
        for (int hops = 0; resolved != null && resolved.has("$ref") && hops < 10; hops++) {
            String ref = resolved.path("$ref").asText();
            resolved = components.get(side).path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return resolved == null ? YAML.createObjectNode() : resolved;
    }

    private static void collect(Side side, JsonNode document, List<Operation> operations) {
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (operation.isMissingNode()) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    parameters.add(new Parameter(parameter.path("in").asText(), parameter.path("name").asText(),
                            parameter.path("required").asBoolean(false), parameter.path("schema")));
                }
                List<String> mediaTypes = new ArrayList<>();
                JsonNode content = operation.path("requestBody").path("content");
                content.fieldNames().forEachRemaining(mediaTypes::add);
                JsonNode bodySchema = mediaTypes.isEmpty() ? null : content.path(mediaTypes.get(0)).path("schema");
                operations.add(new Operation(side, method.toUpperCase(), path.getKey(), List.copyOf(parameters),
                        List.copyOf(mediaTypes), bodySchema));
            }
        }
    }

    private static JsonNode read(Path file) {
        try {
            return YAML.readTree(Files.readString(file));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read " + file, unreadable);
        }
    }
}
