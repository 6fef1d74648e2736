package io.kiosk.security.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The last word on both applications' OpenAPI descriptions, applying what holds for every operation: who may
 * call it (asked of the application's own access rules), the problem details of every error it can answer
 * with, {@code application/json} for JSON answers, {@code Location} on every 201, an example for every request
 * and answer that has none, and {@code required} for the components of the records Kiosk answers with. An
 * application's own customizers run before it, unless they need what it did (then with an order above {@link #ORDER}).
 */
public final class ApiContract implements OpenApiCustomizer, Ordered {

    static final String BEARER = "bearerAuth";
    /** Customizers that must see what it did (security, problem content) run after it, with a higher order. */
    public static final int ORDER = Ordered.LOWEST_PRECEDENCE - 100;
    private static final String JSON = "application/json";
    private static final Pattern SCHEMA_REF = Pattern.compile("#/components/schemas/([^\"]+)\"");

    private final AccessProbe access;
    private final WireSchemas wire;

    ApiContract(AccessProbe access, WireSchemas wire) {
        this.access = access;
        this.wire = wire;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public void customise(OpenAPI api) {
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.setComponents(components);
        ProblemDocs.schemas().forEach(components::addSchemas);
        components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT").description("An access token from the command side's `POST /api/auth/login` "
                        + "(or `/api/auth/refresh`), sent as `Authorization: Bearer <token>`. It expires after 15 minutes."));
        api.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
        RecordRequirements.apply(components, wire, api);
        ExampleValues examples = new ExampleValues(components.getSchemas());
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> describe(path, method, operation, examples)));
        }
        if (components.getSchemas() != null) {
            components.setSchemas(new TreeMap<>(used(api, components.getSchemas())));
        }
    }

    /**
     * The schemas the operations reach, directly or through other schemas. Types springdoc met on the way but no
     * answer uses in the end (such as {@code SseEmitter}, the Java type of a stream described as text) are left out.
     */
    private static Map<String, Schema> used(OpenAPI api, Map<String, Schema> schemas) {
        Set<String> reached = new HashSet<>();
        Deque<String> next = new ArrayDeque<>(references(api.getPaths()));
        while (!next.isEmpty()) {
            String name = next.pop();
            if (reached.add(name) && schemas.containsKey(name)) {
                next.addAll(references(schemas.get(name)));
            }
        }
        Map<String, Schema> kept = new TreeMap<>(schemas);
        kept.keySet().retainAll(reached);
        return kept;
    }

    private static List<String> references(Object part) {
        try {
            Matcher ref = SCHEMA_REF.matcher(Json.mapper().writeValueAsString(part));
            List<String> names = new ArrayList<>();
            while (ref.find()) {
                names.add(ref.group(1));
            }
            return names;
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("cannot read the description's references", unwritable);
        }
    }

    private void describe(String path, PathItem.HttpMethod method, Operation operation, ExampleValues examples) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        AccessProbe.Access who = access.of(method.name(), path);
        if (who.anyone()) {
            operation.setSecurity(List.of());
            appendDescription(operation, "Who may call: anyone, no login needed.");
        } else {
            responses.putIfAbsent("401", new ApiResponse().description(ProblemDocs.describe("401"))
                    .addHeaderObject("WWW-Authenticate", new Header().description("`Bearer`").schema(new StringSchema())));
            if (who.everyRole()) {
                appendDescription(operation, "Who may call: any logged-in account.");
            } else {
                responses.putIfAbsent("403", new ApiResponse().description(ProblemDocs.describe("403")));
                appendDescription(operation, "Who may call: " + who.roles().stream().map(Enum::name)
                        .collect(Collectors.joining(", ")) + ".");
            }
        }
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (hasInput) {
            responses.putIfAbsent("400", new ApiResponse().description(ProblemDocs.describe("400")));
        }
        if (path.contains("{")) {
            responses.putIfAbsent("404", new ApiResponse().description(ProblemDocs.describe("404")));
        }
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            operation.getRequestBody().getContent().forEach((type, media) -> exampleFor(media, examples));
        }
        withoutBorrowedContent(responses);
        Map<String, ApiResponse> ordered = new TreeMap<>(responses);
        responses.clear();
        ordered.forEach((status, response) -> {
            responses.addApiResponse(status, response);
            answer(status, response, examples);
        });
    }

    /**
     * springdoc gives an error answer declared on a method the method's return type as content; such borrowed
     * content is dropped (the answer becomes problem details), and so is any content of a 204.
     */
    private static void withoutBorrowedContent(ApiResponses responses) {
        Map<String, Schema> successes = new HashMap<>();
        responses.forEach((status, response) -> {
            if (status.startsWith("2") && response.getContent() != null) {
                response.getContent().forEach((type, media) -> successes.put(type, media.getSchema()));
            }
        });
        responses.forEach((status, response) -> {
            if ("204".equals(status)) {
                response.setContent(null);
            } else if ((status.startsWith("4") || status.startsWith("5")) && response.getContent() != null) {
                response.getContent().entrySet().removeIf(media -> media.getValue().getSchema() != null
                        && media.getValue().getSchema().equals(successes.get(media.getKey())));
                if (response.getContent().isEmpty()) {
                    response.setContent(null);
                }
            }
        });
    }

    private static void answer(String status, ApiResponse response, ExampleValues examples) {
        boolean problem = status.startsWith("4") || status.startsWith("5");
        if (problem && (response.getContent() == null || response.getContent().isEmpty())) {
            response.setContent(ProblemDocs.answer(status, response.getDescription()).getContent());
        }
        if (response.getDescription() == null || response.getDescription().isBlank()
                || response.getDescription().equals(defaultReason(status))) {
            response.setDescription(problem ? ProblemDocs.describe(status) : defaultReason(status));
        }
        if (response.getContent() != null && response.getContent().containsKey("*/*")) {
            Content content = new Content();
            response.getContent().forEach((type, media) -> content.addMediaType("*/*".equals(type) ? JSON : type, media));
            response.setContent(content);
        }
        if ("201".equals(status) && (response.getHeaders() == null || !response.getHeaders().containsKey("Location"))) {
            response.addHeaderObject("Location", new Header().description("where the new resource can be read")
                    .schema(new StringSchema().format("uri-reference").example("/api/carts/5f0c3c57-6a55-4a4e-9d3a-3d3f2c1b0a99")));
        }
        if (response.getContent() != null) {
            response.getContent().forEach((type, media) -> exampleFor(media, examples));
        }
    }

    private static void exampleFor(MediaType media, ExampleValues examples) {
        if (media.getExample() == null && (media.getExamples() == null || media.getExamples().isEmpty())
                && media.getSchema() != null) {
            media.setExample(examples.of(media.getSchema()));
        }
    }

    private static String defaultReason(String status) {
        return switch (status) {
            case "200" -> "OK";
            case "201" -> "Created";
            case "202" -> "Accepted";
            case "204" -> "No Content";
            default -> HttpStatus.resolve(Integer.parseInt(status)) == null ? status
                    : HttpStatus.valueOf(Integer.parseInt(status)).getReasonPhrase();
        };
    }

    private static void appendDescription(Operation operation, String sentence) {
        String description = operation.getDescription();
        operation.setDescription(description == null || description.isBlank() ? sentence : description + "\n\n" + sentence);
    }

    /** The names of the schemas a request body of {@code api} reaches, directly or through other schemas. */
    static List<String> requestSchemas(OpenAPI api) {
        List<String> found = new ArrayList<>();
        if (api.getPaths() == null) {
            return found;
        }
        Map<String, Schema> schemas = api.getComponents().getSchemas() == null ? Map.of() : api.getComponents().getSchemas();
        api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().values().forEach(media -> reach(media.getSchema(), schemas, found));
            }
        }));
        return found;
    }

    private static void reach(Schema<?> schema, Map<String, Schema> schemas, List<String> found) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            if (!found.contains(name)) {
                found.add(name);
                reach(schemas.get(name), schemas, found);
            }
            return;
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> reach(property, schemas, found));
        }
        reach(schema.getItems(), schemas, found);
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            reach(values, schemas, found);
        }
        for (List<Schema> parts : new ArrayList<>(Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf()))) {
            if (parts != null) {
                parts.forEach(part -> reach(part, schemas, found));
            }
        }
    }
}
