package io.kiosk.web.problems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An API's refusal as the web app reads it, the same for both APIs: the HTTP status (0 when the API could not be
 * reached at all), the problem type's last part ({@code invalid-request}, {@code price-changed}...), its detail, the
 * field at fault and every field fault, and the members some refusals add ({@code conflicting} choices, the
 * {@code allowed} values, the {@code currentUnitPrice}).
 */
public record ApiProblem(int status,
                         String type,
                         String detail,
                         String field,
                         List<FieldFault> errors,
                         List<String> conflicting,
                         List<String> allowed,
                         Optional<Price> currentUnitPrice) {

    private static final String PREFIX = "/problems/";
    private static final ObjectMapper JSON = new ObjectMapper();

    public ApiProblem {
        type = type == null ? "" : type.startsWith(PREFIX) ? type.substring(PREFIX.length()) : type;
        errors = errors == null ? List.of() : List.copyOf(errors);
        conflicting = conflicting == null ? List.of() : List.copyOf(conflicting);
        allowed = allowed == null ? List.of() : List.copyOf(allowed);
    }

    /** One field's fault; for a configuration the rules forbid, the choices that conflict ({@code group=choice}). */
    public record FieldFault(String field, String message, List<String> conflicting) {

        public FieldFault {
            conflicting = conflicting == null ? List.of() : List.copyOf(conflicting);
        }

        public FieldFault(String field, String message) {
            this(field, message, List.of());
        }
    }

    /** An amount of money a refusal names. */
    public record Price(BigDecimal amount, String currency) {
    }

    public static ApiProblem of(io.kiosk.client.command.ApiException refused) {
        return read(refused.getCode(), refused.getResponseBody(), refused.getMessage());
    }

    public static ApiProblem of(io.kiosk.client.query.ApiException refused) {
        return read(refused.getCode(), refused.getResponseBody(), refused.getMessage());
    }

    /** The problem details of an answer with {@code status} and {@code body}; a bare one when the body is none. */
    static ApiProblem read(int status, String body, String message) {
        JsonNode problem = parse(body);
        if (problem == null || !problem.isObject()) {
            return new ApiProblem(status, status == 0 ? "unreachable" : "http-" + status, message, null, List.of(),
                    List.of(), List.of(), Optional.empty());
        }
        List<FieldFault> errors = new ArrayList<>();
        problem.path("errors").forEach(error -> errors.add(new FieldFault(text(error, "field"), text(error, "message"),
                texts(error.path("conflicting")))));
        JsonNode price = problem.path("currentUnitPrice");
        return new ApiProblem(status, text(problem, "type"), text(problem, "detail"), text(problem, "field"), errors,
                texts(problem.path("conflicting")), texts(problem.path("allowed")),
                price.isObject() ? Optional.of(new Price(new BigDecimal(price.path("amount").asText("0")),
                        text(price, "currency"))) : Optional.empty());
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }

    private static String text(JsonNode node, String member) {
        JsonNode value = node.path(member);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    /** Whether the refusal is of this type ({@code "price-changed"}). */
    public boolean is(String problemType) {
        return type.equals(problemType);
    }

    /** Whether the API could not be reached or failed on its side: nothing the shopper did. */
    public boolean isOurFault() {
        return status == 0 || status >= 500;
    }

    /** Every field fault: {@code errors}, or the one {@code field} with the detail when the refusal lists none. */
    public List<FieldFault> fieldFaults() {
        if (!errors.isEmpty()) {
            return errors;
        }
        return field == null ? List.of() : List.of(new FieldFault(field, detail));
    }
}
