package io.kiosk.query.problems;

import io.kiosk.api.catalog.ConfigurationProblem;
import io.kiosk.api.catalog.InvalidConfiguration;
import io.kiosk.api.search.SearchFailure;
import io.kiosk.api.text.InvalidText;
import io.kiosk.security.http.BodyTooLarge;
import io.kiosk.security.http.RequestBodyLimit;
import io.kiosk.security.problems.ClientFaults;
import io.kiosk.security.problems.Fault;
import io.kiosk.query.deadletter.TransientFailures;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;

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

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict conflict) {
        return problem(HttpStatus.CONFLICT, conflict.type(), conflict.getMessage(), null);
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
        return invalidRequest(ClientFaults.mismatch(mismatch.getName(), mismatch.getValue(), mismatch.getRequiredType()));
    }

    @ExceptionHandler(InvalidField.class)
    ProblemDetail invalidField(InvalidField invalid) {
        return invalidRequest(new Fault(invalid.field(), invalid.getMessage(), invalid.allowed()));
    }

    /** A text that breaks the free-text rule, refused where a query was made of it. */
    @ExceptionHandler(InvalidText.class)
    ProblemDetail invalidText(InvalidText invalid) {
        return invalidRequest(invalid.field(), invalid.reason());
    }

    /** A body that grew past its limit while it was read (sent without a length, or a false one). */
    @ExceptionHandler(BodyTooLarge.class)
    ProblemDetail bodyTooLarge(BodyTooLarge tooLarge) {
        ProblemDetail problem = problem(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.problemType(),
                RequestBodyLimit.detail(tooLarge.limit()), null);
        problem.setTitle("Request too large");
        return problem;
    }

    @ExceptionHandler(Unavailable.class)
    ResponseEntity<ProblemDetail> unavailable(Unavailable unavailable) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, unavailable.type(), unavailable.getMessage(), null);
        problem.setTitle("Not available right now");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(Unavailable.RETRY_AFTER_SECONDS)).body(problem);
    }

    /** The caller has as many live streams open as one caller may. */
    @ExceptionHandler(TooManyStreams.class)
    ResponseEntity<ProblemDetail> tooManyStreams(TooManyStreams tooMany) {
        ProblemDetail problem = problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-streams", tooMany.getMessage(), null);
        problem.setTitle("Too many live streams");
        problem.setProperty("maxStreams", tooMany.max());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(TooManyStreams.RETRY_AFTER_SECONDS)).body(problem);
    }

    /**
     * A query that failed: a search Elasticsearch refused (400) or could not answer (503, with {@code Retry-After}),
     * as the query's details say; any other failure is a fault of ours, logged with its trace and answered 500 in
     * words that give nothing away.
     */
    @ExceptionHandler({CompletionException.class, QueryExecutionException.class})
    ResponseEntity<ProblemDetail> queryFailed(RuntimeException failed) {
        Optional<SearchFailure> search = searchFailureIn(failed);
        if (search.isPresent() && search.get().kind() == SearchFailure.Kind.REFUSED) {
            ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "search-refused", search.get().message(), null);
            problem.setTitle("Search refused");
            return ResponseEntity.badRequest().body(problem);
        }
        if (search.isPresent()) {
            ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "search-unavailable", search.get().message(), null);
            problem.setTitle("Search unavailable");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(Unavailable.RETRY_AFTER_SECONDS)).body(problem);
        }
        if (TransientFailures.isTransient(failed)) {
            return storeUnavailable(failed);
        }
        log.error("a query failed", failed);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "something went wrong on our side; it has been logged");
        problem.setType(URI.create("/problems/internal-error"));
        problem.setTitle("Internal error");
        return ResponseEntity.internalServerError().body(problem);
    }

    /**
     * PostgreSQL (a read model, the event log, the processors' progress) out of reach or too busy for a moment, met
     * outside a query: 503 {@code store-unavailable} as for a query. Any other database failure stays a server fault.
     */
    @ExceptionHandler({DataAccessException.class, EventStoreException.class, JdbcException.class, CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> storeFailed(RuntimeException failure) {
        if (!TransientFailures.isTransient(failure)) {
            throw failure;
        }
        return storeUnavailable(failure);
    }

    /**
     * A store out of reach for a moment (a restart, a failover, every connection taken) is no fault of the request: 503
     * with {@code Retry-After}, so that the client asks again. (The fault suite's PostgreSQL restart answered these 500.)
     */
    private static ResponseEntity<ProblemDetail> storeUnavailable(RuntimeException failure) {
        log.warn("503 store-unavailable: {}", failure.toString());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "a store Kiosk reads is out of reach for a moment: ask again shortly");
        problem.setType(URI.create("/problems/store-unavailable"));
        problem.setTitle("Store unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(Unavailable.RETRY_AFTER_SECONDS)).body(problem);
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
        Optional<BodyTooLarge> tooLarge = BodyTooLarge.in(unreadable);
        if (tooLarge.isPresent()) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(bodyTooLarge(tooLarge.get()));
        }
        Optional<Fault> fault = ClientFaults.unreadable(unreadable);
        if (fault.isPresent()) {
            return ResponseEntity.badRequest().body(invalidRequest(fault.get()));
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

    private static Optional<SearchFailure> searchFailureIn(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof QueryExecutionException failed && failed.getDetails().orElse(null) instanceof SearchFailure search) {
                return Optional.of(search);
            }
        }
        return Optional.empty();
    }

    private static ProblemDetail invalidRequest(String field, String message) {
        return invalidRequest(new Fault(field, message));
    }

    private static ProblemDetail invalidRequest(Fault fault) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", fault.field() + ": " + fault.message(),
                fault.field());
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(Map.of("field", fault.field(), "message", fault.message())));
        if (!fault.allowed().isEmpty()) {
            problem.setProperty("allowed", fault.allowed());
        }
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
