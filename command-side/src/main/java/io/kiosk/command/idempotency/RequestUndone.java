package io.kiosk.command.idempotency;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The answer to an idempotent request whose work was undone after the handler had answered it (its answer could
 * not be committed with its events): 503 problem details with {@code Retry-After}, in place of the held-back
 * answer, which the client must never see since nothing it says happened was kept.
 */
final class RequestUndone {

    static final String PROBLEM = """
            {"type":"/problems/request-undone","title":"Request undone","status":503,\
            "detail":"the request could not be completed and nothing of it was kept; retry it with the same Idempotency-Key",\
            "field":"Idempotency-Key"}""";

    private RequestUndone() {
    }

    static void answer(ContentCachingResponseWrapper answer) {
        if (answer.isCommitted()) {
            throw new IllegalStateException("an idempotent answer went out before its work was kept");
        }
        answer.reset();
        answer.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        answer.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(IdempotencyRefusal.RETRY_AFTER_SECONDS));
        answer.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        try {
            answer.getOutputStream().write(PROBLEM.getBytes(StandardCharsets.UTF_8));
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }
}
