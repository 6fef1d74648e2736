package io.kiosk.command.idempotency;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/**
 * A request the key does not allow now, as problem details (Spring's {@link ErrorResponseException},
 * which the problem responses already render, with its headers): 409 while the key's first request is
 * still running, 422 when the key was used for a different request.
 */
class IdempotencyRefusal extends ErrorResponseException {

    /** Seconds a client should wait before retrying a key in use: requests here take milliseconds. */
    static final int RETRY_AFTER_SECONDS = 1;

    private IdempotencyRefusal(HttpStatus status, String type, String title, String detail) {
        super(status, problem(status, type, title, detail), null);
    }

    static IdempotencyRefusal inUse() {
        IdempotencyRefusal refusal = new IdempotencyRefusal(HttpStatus.CONFLICT, "idempotency-key-in-use",
                "Idempotency key in use", "a request with this Idempotency-Key is still in progress; "
                        + "retry in a moment to get its answer");
        refusal.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        return refusal;
    }

    static IdempotencyRefusal reusedForAnotherRequest() {
        return new IdempotencyRefusal(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
                "Idempotency key reused", "this Idempotency-Key was already used for a different request "
                        + "(method, path or body); use a new key for a new request");
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(title);
        problem.setProperty("field", Idempotent.HEADER);
        return problem;
    }
}
