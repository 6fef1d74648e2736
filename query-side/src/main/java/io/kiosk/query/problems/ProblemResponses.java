package io.kiosk.query.problems;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.kiosk.api.catalog.ConfigurationProblem;
import io.kiosk.api.catalog.InvalidConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Client errors of the query API as RFC 9457 problem details, with the same types as the command API:
 * a stable {@code type}, a human {@code detail}, the offending {@code field} and, for invalid
 * requests, every fault in {@code errors}.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final URI ABOUT_BLANK = URI.create("about:blank");

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound missing) {
        return problem(HttpStatus.NOT_FOUND, "not-found", missing.getMessage(), null);
    }

    @ExceptionHandler(ReadModelBehind.class)
    ResponseEntity<ProblemDetail> readModelBehind(ReadModelBehind notYet) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "read-model-behind", notYet.getMessage(), "position");
        problem.setTitle("Not caught up yet");
        problem.setProperty("position", notYet.position());
        problem.setProperty("readModels", notYet.behind());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1").body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail malformedPathOrParameter(MethodArgumentTypeMismatchException mismatch) {
        return invalidRequest(mismatch.getName(), "'" + mismatch.getValue() + "' is not a valid " + mismatch.getName());
    }

    @ExceptionHandler(InvalidField.class)
    ProblemDetail invalidField(InvalidField invalid) {
        ProblemDetail problem = invalidRequest(invalid.field(), invalid.getMessage());
        if (!invalid.allowed().isEmpty()) {
            problem.setProperty("allowed", invalid.allowed());
        }
        return problem;
    }

    /** The chosen options do not make an orderable product: every problem, with the choices that conflict. */
    @ExceptionHandler(InvalidConfiguration.class)
    ProblemDetail invalidConfiguration(InvalidConfiguration invalid) {
        List<ConfigurationProblem> problems = invalid.problems();
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-configuration", invalid.getMessage(),
                problems.isEmpty() ? "options" : problems.get(0).field());
        problem.setTitle("Invalid configuration");
        problem.setProperty("conflicting", problems.stream().flatMap(each -> each.conflicting().stream()).distinct().toList());
        problem.setProperty("errors", problems.stream()
                .map(each -> Map.of("field", each.field(), "message", each.message(), "conflicting", each.conflicting()))
                .toList());
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (unreadable.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream().map(reference -> reference.getFieldName() != null
                    ? reference.getFieldName() : "[" + reference.getIndex() + "]").collect(Collectors.joining("."));
            String message = mapping instanceof InvalidFormatException format
                    ? "'" + format.getValue() + "' is not a valid value" : "has the wrong type or shape";
            return ResponseEntity.badRequest().body(invalidRequest(field, message));
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "malformed-json",
                "the request body is missing or is not valid JSON", null);
        problem.setTitle("Malformed request body");
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem && ABOUT_BLANK.equals(problem.getType())) {
            HttpStatus known = HttpStatus.resolve(statusCode.value());
            problem.setType(URI.create("/problems/" + (known == null ? "http-" + statusCode.value()
                    : known.name().toLowerCase(Locale.ROOT).replace('_', '-'))));
        }
        return response;
    }

    private static ProblemDetail invalidRequest(String field, String message) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", field + ": " + message, field);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String slug, String detail, String field) {
        log.info("client error {} {}: {}", status.value(), slug, detail);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + slug));
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }
}
