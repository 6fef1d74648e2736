package io.kiosk.command.problems;

import io.kiosk.api.catalog.ConfigurationProblem;
import io.kiosk.api.catalog.InvalidConfiguration;
import io.kiosk.api.text.InvalidText;
import io.kiosk.command.RuleViolation;
import io.kiosk.security.http.BodyTooLarge;
import io.kiosk.security.http.RequestBodyLimit;
import io.kiosk.security.problems.ClientFaults;
import io.kiosk.security.problems.Fault;
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
import java.util.Optional;
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
        return validationProblem(List.of(new FieldError(invalid.field(), invalid.getMessage())), invalid.allowed());
    }

    /** A text that breaks the free-text rule, refused where a command was made of it: the field is the command's. */
    @ExceptionHandler(InvalidText.class)
    ProblemDetail invalidText(InvalidText invalid) {
        return validationProblem(List.of(new FieldError(invalid.field(), invalid.reason())));
    }

    /** A body that grew past its limit while it was read (sent without a length, or a false one). */
    @ExceptionHandler(BodyTooLarge.class)
    ProblemDetail bodyTooLarge(BodyTooLarge tooLarge) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.problemType(), "Request too large",
                RequestBodyLimit.detail(tooLarge.limit()), null);
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
        Fault fault = ClientFaults.mismatch(mismatch.getName(), mismatch.getValue(), mismatch.getRequiredType());
        return validationProblem(List.of(new FieldError(fault.field(), fault.message())), fault.allowed());
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
        Optional<BodyTooLarge> tooLarge = BodyTooLarge.in(unreadable);
        if (tooLarge.isPresent()) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(bodyTooLarge(tooLarge.get()));
        }
        Optional<Fault> fault = ClientFaults.unreadable(unreadable);
        if (fault.isPresent()) {
            return ResponseEntity.badRequest().body(validationProblem(
                    List.of(new FieldError(fault.get().field(), fault.get().message())), fault.get().allowed()));
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
        return validationProblem(errors, List.of());
    }

    private static ProblemDetail validationProblem(List<FieldError> errors, List<String> allowed) {
        String detail = errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail,
                errors.isEmpty() ? null : errors.get(0).field());
        problem.setProperty("errors", errors.stream()
                .map(error -> Map.of("field", error.field(), "message", error.message()))
                .toList());
        if (!allowed.isEmpty()) {
            problem.setProperty("allowed", allowed);
        }
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
