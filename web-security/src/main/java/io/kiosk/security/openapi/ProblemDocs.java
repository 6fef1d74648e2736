package io.kiosk.security.openapi;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to every error a client can cause, as both applications send it: RFC 9457 problem details
 * ({@code application/problem+json}) with Kiosk's extension members. Which members an answer carries depends on
 * its {@code type}; a client that knows a type may switch on it.
 */
public final class ProblemDocs {

    static final String MEDIA_TYPE = "application/problem+json";
    static final String SCHEMA = "Problem";
    static final String FIELD_ERROR = "FieldError";
    static final String REF = "#/components/schemas/" + SCHEMA;

    private ProblemDocs() {
    }

    /**
     * An error answer of {@code status} as problem details, for an application's own customizer that adds one after
     * {@link ApiContract} has run (the ones before it need not: it gives every error answer its content).
     */
    public static ApiResponse answer(String status, String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(MEDIA_TYPE,
                new MediaType().schema(new Schema<>().$ref(REF)).example(example(status))));
    }

    static Map<String, Schema> schemas() {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        schemas.put(SCHEMA, problem());
        schemas.put(FIELD_ERROR, fieldError());
        return schemas;
    }

    private static Schema<?> problem() {
        Schema<?> problem = new ObjectSchema()
                .description("RFC 9457 problem details. `type` names the problem for good (clients may switch on it); "
                        + "`detail` says what went wrong in words; `field` names the request field at fault; other "
                        + "members carry facts a client can act on and come with the types that have them.")
                .addProperty("type", new StringSchema().format("uri-reference").example("/problems/invalid-request")
                        .description("the problem's stable type, such as `/problems/not-found` or `/problems/cart-checked-out`"))
                .addProperty("title", new StringSchema().example("Invalid request").description("a short summary of the type"))
                .addProperty("status", new IntegerSchema().format("int32").example(400).description("the HTTP status code"))
                .addProperty("detail", new StringSchema().example("quantity: must be at least 1")
                        .description("what went wrong, for people"))
                .addProperty("instance", new StringSchema().format("uri-reference").example("/api/carts")
                        .description("the request path the problem happened at, when given"))
                .addProperty("field", new StringSchema().example("quantity")
                        .description("the request field, parameter or header at fault (`options.size`, `lines[0].quantity`, `Idempotency-Key`)"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR))
                        .description("invalid requests: every field at fault; invalid configurations: every rule broken"))
                .addProperty("conflicting", new ArraySchema().items(new StringSchema().example("functions=wireless"))
                        .description("`invalid-configuration`: the chosen options that cannot go together"))
                .addProperty("allowed", new ArraySchema().items(new StringSchema().example("SH"))
                        .description("an invalid choice among few: the values that are allowed"))
                .addProperty("currentUnitPrice", new Schema<>().$ref("#/components/schemas/Money")
                        .description("`price-changed`: the unit price the product costs now"))
                .addProperty("left", new Schema<>().$ref("#/components/schemas/Money")
                        .description("`refund-exceeds-remainder`: how much of what was paid can still be refunded"))
                .addProperty("unitsLeft", new IntegerSchema().format("int32").example(1)
                        .description("`refund-exceeds-remainder`: how many units of the line can still be refunded"))
                .addProperty("deliveredAt", new StringSchema().format("date-time").example("2026-11-20T10:00:00Z")
                        .description("`return-window-closed`: when the order was delivered"))
                .addProperty("windowClosedAt", new StringSchema().format("date-time").example("2026-11-27T10:00:00Z")
                        .description("`return-window-closed`: when the return window closed"))
                .addProperty("position", new IntegerSchema().format("int64").example(1042)
                        .description("`read-model-behind`: the log position asked for"))
                .addProperty("readModels", new ArraySchema().items(new StringSchema().example("order-tracking"))
                        .description("`read-model-behind`: the read models that have not got that far yet"));
        problem.required(List.of("type", "status"));
        problem.additionalProperties(true);
        return problem;
    }

    private static Schema<?> fieldError() {
        Schema<?> error = new ObjectSchema()
                .description("one fault of a request: the field and why; for a configuration, the choices in conflict")
                .addProperty("field", new StringSchema().example("quantity"))
                .addProperty("message", new StringSchema().example("must be at least 1"))
                .addProperty("conflicting", new ArraySchema().items(new StringSchema().example("size=L")));
        error.required(List.of("field", "message"));
        return error;
    }

    /** What a status means in Kiosk's APIs, for a response that says no more. */
    static String describe(String status) {
        return switch (status) {
            case "400" -> "Invalid request: a field, parameter or header is missing, malformed or not a valid value "
                    + "(`/problems/invalid-request` naming it in `field` and every fault in `errors`; "
                    + "`/problems/malformed-json` for a body that is not JSON)";
            case "401" -> "No valid access token (`/problems/unauthorized`, with `WWW-Authenticate: Bearer`)";
            case "403" -> "The caller's role may not do this (`/problems/forbidden`)";
            case "404" -> "Not found: nothing exists with that id, or it is someone else's (`/problems/not-found`)";
            case "409" -> "The request does not fit the current state";
            case "422" -> "The request is well-formed but the rules never allow it";
            case "429" -> "Too many attempts: try again later";
            case "503" -> "Not available right now: try again after `Retry-After` seconds";
            default -> "Problem";
        };
    }

    /** An example answer of {@code status}, shaped as Kiosk sends it. */
    static Map<String, Object> example(String status) {
        Map<String, Object> example = new LinkedHashMap<>();
        switch (status) {
            case "400" -> {
                example.put("type", "/problems/invalid-request");
                example.put("title", "Invalid request");
                example.put("status", 400);
                example.put("detail", "quantity: must be at least 1");
                example.put("field", "quantity");
                example.put("errors", List.of(Map.of("field", "quantity", "message", "must be at least 1")));
            }
            case "401" -> {
                example.put("type", "/problems/unauthorized");
                example.put("title", "Unauthorized");
                example.put("status", 401);
                example.put("detail", "a valid access token is required (Authorization: Bearer ...)");
            }
            case "403" -> {
                example.put("type", "/problems/forbidden");
                example.put("title", "Forbidden");
                example.put("status", 403);
                example.put("detail", "your role does not allow this");
            }
            case "404" -> {
                example.put("type", "/problems/not-found");
                example.put("title", "Not found");
                example.put("status", 404);
                example.put("detail", "nothing exists with id 5f0c3c57-6a55-4a4e-9d3a-3d3f2c1b0a99");
            }
            case "409" -> {
                example.put("type", "/problems/concurrent-change");
                example.put("title", "Changed concurrently");
                example.put("status", 409);
                example.put("detail", "someone else changed this at the same moment; read it again and retry");
            }
            case "422" -> {
                example.put("type", "/problems/invalid-configuration");
                example.put("title", "The chosen options cannot be ordered");
                example.put("status", 422);
                example.put("detail", "functions=wireless requires size=L");
                example.put("field", "options.size");
                example.put("conflicting", List.of("functions=wireless", "size=L"));
            }
            case "429" -> {
                example.put("type", "/problems/login-locked");
                example.put("title", "The request breaks a business rule");
                example.put("status", 429);
                example.put("detail", "too many failed logins; try again in 15 minutes");
            }
            case "503" -> {
                example.put("type", "/problems/read-model-behind");
                example.put("title", "Not caught up yet");
                example.put("status", 503);
                example.put("detail", "not yet: order-tracking has not handled the event log up to position 1042 yet; ask again in a moment");
                example.put("field", "position");
                example.put("position", 1042);
                example.put("readModels", List.of("order-tracking"));
            }
            default -> {
                example.put("type", "/problems/http-" + status);
                example.put("status", Integer.parseInt(status));
            }
        }
        return example;
    }
}
