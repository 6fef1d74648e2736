package io.kiosk.command.problems;

import io.kiosk.command.processing.TransientFailures;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * PostgreSQL out of reach or too busy for a moment (a restart, a failover, every connection taken) is no fault of the
 * request: it is answered 503 {@code store-unavailable} with {@code Retry-After}, so that a client sends it again
 * (with the same {@code Idempotency-Key}: whether a checkout whose commit the outage cut short was stored is then
 * answered by the first outcome). Any other database failure stays a server fault. (The fault suite's restart of
 * PostgreSQL under load answered these 500.) Outages are told by exception types and SQL states alone: a connection
 * the pool closed under a statement says so with one too ({@code ClosedConnectionStates}, in the event-store module).
 */
@RestControllerAdvice
class StoreUnavailableResponses {

    static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger log = LoggerFactory.getLogger(StoreUnavailableResponses.class);

    @ExceptionHandler({DataAccessException.class, EventStoreException.class, JdbcException.class, CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> storeUnavailable(RuntimeException failure) {
        if (!TransientFailures.isTransient(failure)) {
            throw failure;
        }
        log.warn("503 store-unavailable: {}", failure.toString());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Kiosk's database is out of reach for a moment: send the request again shortly");
        problem.setType(ProblemResponses.type("store-unavailable"));
        problem.setTitle("Store unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", RETRY_AFTER_SECONDS).body(problem);
    }
}
