package io.kiosk.client;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed OpenAPI descriptions read as a client team's tools read them: swagger-parser finds nothing wrong,
 * and every operation keeps the promises the clients are built on, so that an endpoint added later cannot
 * quietly break them (a name a generator would mangle, an error without problem details, an answer without an
 * example).
 */
class CommittedDescriptionsTest {

    private static final Set<String> TYPESCRIPT_RUNTIME_NAMES = Set.of("request", "clone", "withMiddleware",
            "withPreMiddleware", "withPostMiddleware", "createFetchParams", "fetchApi");

    @ParameterizedTest
    @ValueSource(strings = {"command-side.yaml", "query-side.yaml"})
    void swagger_parser_finds_no_error_and_no_warning(String file) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readLocation(path(file), null, options);

        assertThat(parsed.getMessages()).as(file).isEmpty();
        assertThat(parsed.getOpenAPI().getInfo().getTitle()).isNotBlank();
        assertThat(parsed.getOpenAPI().getInfo().getLicense().getName()).isNotBlank();
        assertThat(parsed.getOpenAPI().getInfo().getContact()).isNotNull();
        assertThat(parsed.getOpenAPI().getServers()).isNotEmpty();
        assertThat(parsed.getOpenAPI().getComponents().getSecuritySchemes()).containsOnlyKeys("bearerAuth");
    }

    @ParameterizedTest
    @ValueSource(strings = {"command-side.yaml", "query-side.yaml"})
    void every_operation_has_a_name_a_generator_keeps_a_tag_and_a_summary(String file) {
        OpenAPI api = read(file);
        Set<String> names = new HashSet<>();
        Set<String> schemas = api.getComponents().getSchemas().keySet();
        each(api, (where, operation) -> {
            String name = operation.getOperationId();
            assertThat(name).as(where).matches("[a-z][A-Za-z]+");
            assertThat(names.add(name)).as(where + ": " + name + " is unique").isTrue();
            assertThat(TYPESCRIPT_RUNTIME_NAMES).as(where).doesNotContain(name);
            assertThat(schemas).as(where + ": typescript-fetch names its parameters " + capitalized(name) + "Request")
                    .doesNotContain(capitalized(name) + "Request");
            assertThat(operation.getTags()).as(where).hasSize(1);
            assertThat(operation.getSummary()).as(where).isNotBlank();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"command-side.yaml", "query-side.yaml"})
    void every_error_a_client_can_cause_is_described_and_json_errors_are_problem_details(String file) {
        OpenAPI api = read(file);
        each(api, (where, operation) -> {
            Map<String, ApiResponse> responses = operation.getResponses();
            assertThat(responses.keySet()).as(where).anyMatch(status -> status.startsWith("2"));
            boolean open = operation.getSecurity() != null && operation.getSecurity().isEmpty();
            if (!open) {
                assertThat(responses).as(where + ": needs a token").containsKey("401");
            }
            if ((operation.getParameters() != null && !operation.getParameters().isEmpty()) || operation.getRequestBody() != null) {
                assertThat(responses).as(where).containsKey("400");
            }
            responses.forEach((status, response) -> {
                assertThat(response.getDescription()).as(where + " " + status).isNotBlank();
                if (response.getContent() == null) {
                    return;
                }
                assertThat(response.getContent()).as(where + " " + status).doesNotContainKey("*/*");
                if (status.startsWith("4") || status.startsWith("5")) {
                    response.getContent().forEach((type, media) -> {
                        if (type.contains("json") && !where.contains("/api/payments/")) {
                            assertThat(type).as(where + " " + status).isEqualTo("application/problem+json");
                            assertThat(media.getSchema().get$ref()).isEqualTo("#/components/schemas/Problem");
                        }
                    });
                }
            });
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"command-side.yaml", "query-side.yaml"})
    void every_request_and_answer_has_an_example(String file) {
        OpenAPI api = read(file);
        each(api, (where, operation) -> {
            List<MediaType> media = new ArrayList<>();
            if (operation.getRequestBody() != null) {
                media.addAll(operation.getRequestBody().getContent().values());
            }
            operation.getResponses().values().stream().filter(response -> response.getContent() != null)
                    .forEach(response -> media.addAll(response.getContent().values()));
            media.forEach(each -> assertThat(each.getExample() != null
                    || (each.getExamples() != null && !each.getExamples().isEmpty())).as(where).isTrue());
        });
    }

    private static OpenAPI read(String file) {
        return new OpenAPIV3Parser().read(path(file));
    }

    private static void each(OpenAPI api, BiConsumer<String, Operation> check) {
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> check.accept(method + " " + path, operation)));
    }

    private static String path(String file) {
        return Path.of("..", "docs", "api", file).toAbsolutePath().normalize().toString();
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
