package io.kiosk.command.problems;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.kiosk.api.catalog.ConfigurationProblem;
import io.kiosk.api.catalog.InvalidConfiguration;
import io.kiosk.command.RuleViolation;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns every error a client can cause into RFC 9457 problem details with a stable {@code type},
 * a human {@code detail}, the offending {@code field} and, for validation, every field {@code errors}.
 * Client errors are logged in one line without a stack trace; only true server faults are 500s.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    private static final URI ABOUT_BLANK = URI.create("about:blank");

    static URI type(String slug) {
        return URI.create("/problems/" + slug);
    }

    /** A throttled caller is also told when to try again ({@code Retry-After}, in whole seconds). */
    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolated(RuleViolation violation) {
        HttpStatus status = switch (violation.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case THROTTLED -> HttpStatus.TOO_MANY_REQUESTS;
        };
        ProblemDetail problem = problem(status, violation.type(), "The request breaks a business rule",
                violation.getMessage(), violation.field());
        violation.details().forEach(problem::setProperty);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
        violation.retryAfter().ifPresent(wait ->
                answer.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000))));
        return answer.body(problem);
    }

    /**
     * The chosen options do not make an orderable product: every problem is listed with its field and
     * the choices that conflict; {@code field} and {@code conflicting} repeat the first one.
     */
    @ExceptionHandler(InvalidConfiguration.class)
    ProblemDetail invalidConfiguration(InvalidConfiguration invalid) {
        List<ConfigurationProblem> problems = invalid.problems();
        ConfigurationProblem first = problems.get(0);
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-configuration",
                "The chosen options cannot be ordered", invalid.getMessage(), first.field());
        problem.setProperty("conflicting", first.conflicting());
        problem.setProperty("errors", problems.stream()
                .map(each -> Map.of("field", each.field(), "message", each.message(), "conflicting", each.conflicting()))
                .toList());
        return problem;
    }

    @ExceptionHandler(InvalidField.class)
    ProblemDetail invalidField(InvalidField invalid) {
        return validationProblem(List.of(new FieldError(invalid.field(), invalid.getMessage())));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException missing) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "nothing exists with id " + missing.getAggregateIdentifier(), null);
    }

    /** Two writers changed (or created) the same aggregate at once; the loser's change was not stored. */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ProblemDetail concurrentChange(RuntimeException conflict) {
        return problem(HttpStatus.CONFLICT, "concurrent-change", "Changed concurrently",
                "someone else changed this at the same moment; read it again and retry", null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail malformedPathOrParameter(MethodArgumentTypeMismatchException mismatch) {
        return validationProblem(List.of(new FieldError(mismatch.getName(),
                "'" + mismatch.getValue() + "' is not a valid " + mismatch.getName())));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .sorted()
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException invalid,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = invalid.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage())))
                .sorted()
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = unreadable.getCause();
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return ResponseEntity.badRequest()
                    .body(validationProblem(List.of(new FieldError(pathOf(mapping), messageOf(mapping)))));
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "malformed-json",
                "Malformed request body", "the request body is missing or is not valid JSON", null));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (statusCode.is4xxClientError()) {
            log.info("client error {}: {}", statusCode.value(), ex.getMessage());
        }
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem && ABOUT_BLANK.equals(problem.getType())) {
            HttpStatus known = HttpStatus.resolve(statusCode.value());
            problem.setType(type(known == null ? "http-" + statusCode.value()
                    : known.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        }
        return response;
    }

    private static ProblemDetail validationProblem(List<FieldError> errors) {
        String detail = errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail,
                errors.isEmpty() ? null : errors.get(0).field());
        problem.setProperty("errors", errors.stream()
                .map(error -> Map.of("field", error.field(), "message", error.message()))
                .toList());
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String slug, String title, String detail, String field) {
        log.info("client error {} {}: {}", status.value(), slug, detail);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(slug));
        problem.setTitle(title);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }

    /**
     * Why a value could not be read: a value object's own refusal when it gave one (the message of its
     * constructor's {@code IllegalArgumentException}, or of a {@code requireNonNull} naming what is
     * missing), else a plain description of the mismatch.
     */
    private static String messageOf(JsonMappingException mapping) {
        Throwable root = rootCause(mapping);
        if (root instanceof IllegalArgumentException && root.getMessage() != null) {
            return root.getMessage();
        }
        if (mapping instanceof InvalidFormatException format) {
            return "'" + format.getValue() + "' is not a valid value";
        }
        if (root instanceof NullPointerException missing && mapping instanceof ValueInstantiationException) {
            return statesWhatIsMissing(missing) ? missing.getMessage() : "a required value is missing";
        }
        return "has the wrong type or shape";
    }

    /** A {@code NullPointerException} thrown by {@code Objects.requireNonNull(value, message)}, not by a bug. */
    private static boolean statesWhatIsMissing(NullPointerException missing) {
        StackTraceElement[] trace = missing.getStackTrace();
        return missing.getMessage() != null && trace.length > 0 && trace[0].getClassName().equals("java.util.Objects");
    }

    private static String pathOf(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static Throwable rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    record FieldError(String field, String message) implements Comparable<FieldError> {

        @Override
        public int compareTo(FieldError other) {
            return (field + message).compareTo(other.field + other.message);
        }

        @Override
        public String toString() {
            return field + ": " + message;
        }
    }
}
