package io.kiosk.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import io.kiosk.launcher.ApiOperations.Operation;
import io.kiosk.launcher.ApiOperations.Parameter;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.kiosk.launcher.HostileValues.pick;

/**
 * Makes request number {@code n} of a fuzz run from the OpenAPI documents, from {@code new Random(seed, n)} alone, so
 * that a request that fails can be made again from the seed and its number. Most requests follow the document
 * (the documented method, parameters and media type, a body built from the schema) with a few fields made
 * hostile, so that they reach the code behind the first check; the rest are broken outright: bad JSON, deep
 * nesting, bodies past the limit, invalid UTF-8, wrong content types and methods, odd headers and parameters.
 */
final class HostileRequests {

    /** One request: where (the side's path and query), how, with what; {@code body} null for none. */
    record Request(long number, Operation operation, String method, String pathAndQuery, Map<String, String> headers,
                   byte[] body, Caller caller) {

        String describe() {
            String text = body == null ? "" : new String(body, 0, Math.min(body.length, 400), StandardCharsets.UTF_8);
            return "#" + number + " " + caller + " " + method + " " + pathAndQuery + " " + headers + " " + text;
        }
    }

    /** Who sends it: nobody, a customer, the back office, an administrator, or a forged token. */
    enum Caller { ANONYMOUS, CUSTOMER, BACK_OFFICE, ADMIN, FORGED }

    private static final List<String> BAD_JSON = List.of("{", "{\"a\":", "[1,2", "nul", "\"unterminated", "{\"a\":1}}",
            "{'a':1}", "\uFEFF{}", "{\"a\":1,}", "{\"a\":01}", "{\"a\":\"\\uZZZZ\"}", "{} {}", "", " ", "[]", "\"text\"",
            "42", "null", "true", "{\"a\":NaN}", "{\"\u0000\":1}", "{\"a\":\"\\u0000\"}", "/* c */ {}");
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "application/json; charset=ISO-8859-1",
            "application/json;charset=UTF-16", "multipart/form-data", "multipart/form-data; boundary=x",
            "application/x-www-form-urlencoded", "*/*", "application/", "garbage", "application/json; charset=nope",
            "application/problem+json", "application/merge-patch+json", "application/octet-stream", "text/html; charset=\"");
    private static final List<String> ACCEPTS = List.of("application/xml", "text/html", "*/*", "image/png",
            "application/json;q=abc", "text/event-stream", ";;;", "application/problem+json", "text/csv", "garbage/",
            "application/json, application/problem+json");
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE");
    private static final List<String> ODD_HEADERS = List.of("Accept-Language", "X-Forwarded-For", "Idempotency-Key",
            "If-None-Match", "Range", "Origin", "X-Request-Id", "Content-Encoding", "Cookie", "Last-Event-ID", "Forwarded");

    private final ApiOperations api;
    private final long seed;
    private final Map<String, String> knownIds;

    /**
     * @param knownIds real ids by parameter name ({@code cartId}, {@code productId}...), used now and then instead of
     *                 random ones, so that requests reach the aggregates behind the ids
     */
    HostileRequests(ApiOperations api, long seed, Map<String, String> knownIds) {
        this.api = api;
        this.seed = seed;
        this.knownIds = Map.copyOf(knownIds);
    }

    Request make(long number) {
        Random random = new Random(seed * 1_000_003L + number);
        List<Operation> operations = api.all();
        Operation operation = operations.get(random.nextInt(operations.size()));
        Caller caller = Caller.values()[random.nextInt(Caller.values().length)];
        String method = random.nextInt(12) == 0 ? pick(random, METHODS) : operation.method();
        Map<String, String> headers = new LinkedHashMap<>();
        String path = path(random, operation) + query(random, operation);
        for (Parameter header : operation.parameters()) {
            if (header.in().equals("header") && random.nextInt(3) > 0) {
                headers.put(header.name(), headerValue(HostileValues.text(random, header.schema().path("type").asText(), "")));
            }
        }
        headers.put("Accept", random.nextInt(4) > 0 ? "application/json, application/problem+json" : pick(random, ACCEPTS));
        if (random.nextInt(5) == 0) {
            headers.put(pick(random, ODD_HEADERS), headerValue(random.nextInt(10) == 0 ? "k".repeat(9_000) : pick(random, HostileValues.STRINGS)));
        }
        byte[] body = body(random, operation, headers);
        return new Request(number, operation, method, path, headers, body, caller);
    }

    private String path(Random random, Operation operation) {
        String path = operation.path();
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("path")) {
                String known = knownIds.get(parameter.name());
                String value = known != null && random.nextInt(3) > 0 ? known
                        : HostileValues.text(random, parameter.schema().path("type").asText(), parameter.schema().path("format").asText());
                path = path.replace("{" + parameter.name() + "}", encode(value).replace("+", "%20"));
            }
        }
        return random.nextInt(40) == 0 ? path + "/" : path;
    }

    private String query(Random random, Operation operation) {
        List<String> pairs = new ArrayList<>();
        for (Parameter parameter : operation.parameters()) {
            if (!parameter.in().equals("query") || random.nextInt(10) < 3) {
                continue;
            }
            JsonNode schema = api.resolve(operation.side(), parameter.schema());
            boolean array = "array".equals(schema.path("type").asText());
            JsonNode item = array ? api.resolve(operation.side(), schema.path("items")) : schema;
            int count = array || random.nextInt(15) == 0 ? 1 + random.nextInt(3) : 1;
            for (int i = 0; i < count; i++) {
                pairs.add(encode(parameter.name()) + "=" + encode(scalar(random, item)));
            }
        }
        if (random.nextInt(10) == 0) {
            pairs.add(encode(pick(random, HostileValues.STRINGS)) + "=" + encode(pick(random, HostileValues.STRINGS)));
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    /** A query or path value for a schema: one of its enum's values, a plausible value of its type, or a hostile one. */
    private static String scalar(Random random, JsonNode schema) {
        if (schema.has("enum") && random.nextInt(3) > 0) {
            return schema.path("enum").get(random.nextInt(schema.path("enum").size())).asText();
        }
        return HostileValues.text(random, schema.path("type").asText(), schema.path("format").asText());
    }

    private byte[] body(Random random, Operation operation, Map<String, String> headers) {
        int kind = random.nextInt(100);
        String mediaType = operation.mediaTypes().isEmpty() ? "application/json" : operation.mediaTypes().get(0);
        headers.put("Content-Type", random.nextInt(5) > 0 ? mediaType : pick(random, CONTENT_TYPES));
        if (operation.bodySchema() == null && kind < 85) {
            return null;
        }
        if (kind < 60) {
            return utf8(mediaType.contains("form") ? form(random, operation) : json(random, operation, operation.bodySchema(), 0));
        }
        if (kind < 72) {
            return utf8(pick(random, BAD_JSON));
        }
        if (kind < 77) {
            int depth = pick(random, List.of(100, 1_001, 5_000, 100_000));
            return utf8("[".repeat(depth) + "]".repeat(depth));
        }
        if (kind < 81) {
            return utf8("{\"a\":\"" + "x".repeat(pick(random, List.of(70_000, 1_100_000))) + "\"}");
        }
        if (kind < 85) {
            return new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, '"', '}'};
        }
        return null;
    }

    private String form(Random random, Operation operation) {
        List<String> pairs = new ArrayList<>();
        for (String name : List.of("outcome", "trade_no", "out_trade_no", "trade_status", "sign", "sign_type", "total_amount",
                "notify_id", "app_id", "charset")) {
            if (random.nextBoolean()) {
                pairs.add(name + "=" + encode(random.nextBoolean() ? pick(random, HostileValues.STRINGS)
                        : pick(random, List.of("pay", "decline", "abandon", "TRADE_SUCCESS", "RSA2", "utf-8"))));
            }
        }
        return String.join("&", pairs);
    }

    /** JSON for a schema, written by hand so that it may hold what a JSON library would not write (1e309, "\ud800"). */
    private String json(Random random, Operation operation, JsonNode given, int depth) {
        JsonNode schema = api.resolve(operation.side(), given);
        if (depth > 6 || random.nextInt(12) == 0) {
            return hostileJson(random);
        }
        if (schema.has("enum") && random.nextInt(4) > 0) {
            return quote(schema.path("enum").get(random.nextInt(schema.path("enum").size())).asText());
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "");
        switch (type) {
            case "object" -> {
                List<String> fields = new ArrayList<>();
                Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(name -> required.add(name.asText()));
                while (properties.hasNext()) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    if (required.contains(property.getKey()) ? random.nextInt(15) > 0 : random.nextBoolean()) {
                        fields.add(quote(property.getKey()) + ":" + json(random, operation, property.getValue(), depth + 1));
                    }
                }
                JsonNode additional = schema.path("additionalProperties");
                if (additional.isObject() || !schema.has("properties")) {
                    for (int i = random.nextInt(4); i > 0; i--) {
                        fields.add(quote(pick(random, HostileValues.STRINGS)) + ":"
                                + (additional.isObject() ? json(random, operation, additional, depth + 1) : hostileJson(random)));
                    }
                }
                return "{" + String.join(",", fields) + "}";
            }
            case "array" -> {
                List<String> items = new ArrayList<>();
                for (int i = random.nextInt(random.nextInt(10) == 0 ? 300 : 4); i > 0; i--) {
                    items.add(json(random, operation, schema.path("items"), depth + 1));
                }
                return "[" + String.join(",", items) + "]";
            }
            case "integer", "number" -> {
                return pick(random, HostileValues.NUMBERS);
            }
            case "boolean" -> {
                return random.nextBoolean() ? "true" : "false";
            }
            case "string" -> {
                return quote(HostileValues.text(random, "string", schema.path("format").asText()));
            }
            default -> {
                return hostileJson(random);
            }
        }
    }

    /** A JSON value of the wrong type or shape for wherever it lands. */
    private static String hostileJson(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> "null";
            case 1 -> random.nextBoolean() ? "true" : "[]";
            case 2 -> "{}";
            case 3 -> pick(random, HostileValues.NUMBERS);
            case 4 -> "[".repeat(60) + "]".repeat(60);
            case 5 -> "{\"a\":{\"b\":{\"c\":[1,{\"d\":null}]}}}";
            default -> quote(pick(random, HostileValues.STRINGS));
        };
    }

    /** A JSON string: control characters escaped, lone surrogates too (the body stays valid UTF-8; the JSON does not). */
    private static String quote(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    /** What the Java HTTP client lets through as a header value: no CR, LF or other controls but tab, Latin-1 only. */
    private static String headerValue(String value) {
        StringBuilder allowed = new StringBuilder();
        for (char c : value.toCharArray()) {
            allowed.append((c < 0x20 && c != '\t') || c == 0x7F || c > 0xFF ? '?' : c);
        }
        return allowed.toString().strip();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
