package io.kiosk.command.idempotency;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.command.logposition.RequestLogPosition;
import io.kiosk.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Makes {@link Idempotent} methods run at most once per caller and key. Before the method: opens the request's
 * transaction ({@link RequestTransaction}) and claims the key in it, or answers from the key's earlier use: its
 * stored answer (after waiting, briefly, for a request still holding the key), or 422 if it was another request.
 * After the method: stores the answer, 2xx to 4xx alike (the same bad request gets the same answer), and commits
 * it with the request's events; a 5xx or an unhandled exception rolls everything back, events included, so the
 * client may retry and nothing was done.
 */
class IdempotencyInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyInterceptor.class);
    private static final String HOLD = IdempotencyInterceptor.class.getName() + ".hold";

    private final IdempotencyStore store;
    private final RequestLogPosition positions;
    private final PlatformTransactionManager transactions;

    IdempotencyInterceptor(IdempotencyStore store, RequestLogPosition positions, PlatformTransactionManager transactions) {
        this.store = store;
        this.positions = positions;
        this.transactions = transactions;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (!(handler instanceof HandlerMethod method) || !method.hasMethodAnnotation(Idempotent.class)) {
            return true;
        }
        Optional<IdempotencyKey> key = IdempotencyKey.of(request);
        if (key.isEmpty()) {
            return true;
        }
        BufferedRequest buffered = WebUtils.getNativeRequest(request, BufferedRequest.class);
        if (buffered == null) {
            throw new IllegalStateException("IdempotencyBuffering did not wrap " + request.getRequestURI());
        }
        String fingerprint = fingerprint(request, buffered.body());
        CustomerId account = Caller.current().accountId();
        RequestTransaction transaction = RequestTransaction.begin(transactions);
        try {
            // a second round covers an answered key that expired and was deleted between our claim and our look
            for (int round = 0; round < 2; round++) {
                Optional<Claim> claim = store.claim(account, key.get(), fingerprint);
                if (claim.isPresent()) {
                    request.setAttribute(HOLD, new Hold(claim.get(), transaction));
                    return true;
                }
                Optional<KeyUse> earlier = store.find(account, key.get());
                if (earlier.isPresent()) {
                    if (!earlier.get().fingerprint().equals(fingerprint)) {
                        throw IdempotencyRefusal.reusedForAnotherRequest();
                    }
                    transaction.rollback();
                    replay(earlier.get().answer(), response);
                    return false;
                }
            }
            throw IdempotencyRefusal.inUse();
        } catch (IdempotencyStore.KeyInUse stillRunning) {
            throw IdempotencyRefusal.inUse();
        } finally {
            if (request.getAttribute(HOLD) == null) {
                transaction.rollback();
            }
        }
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception failure) {
        if (!(request.getAttribute(HOLD) instanceof Hold hold)) {
            return;
        }
        request.removeAttribute(HOLD);
        ContentCachingResponseWrapper answer = WebUtils.getNativeResponse(response, ContentCachingResponseWrapper.class);
        int status = response.getStatus();
        if (failure != null || status >= 500 || answer == null) {
            hold.transaction().rollback();
            log.info("idempotent request failed ({}): its work is undone and its key free for a retry",
                    failure == null ? status : failure.toString());
            return;
        }
        try {
            OptionalLong position = positions.of(request);
            boolean kept = store.keep(hold.claim(), new StoredAnswer(status, response.getHeader(HttpHeaders.LOCATION),
                    position.isPresent() ? position.getAsLong() : null, response.getContentType(),
                    answer.getContentAsByteArray()));
            if (!kept && status < 400) {
                throw new IllegalStateException("another request took the key while this one ran");
            }
            hold.transaction().commit();
        } catch (RuntimeException notKept) {
            hold.transaction().rollback();
            if (status < 400) {
                log.warn("idempotent request undone: its answer could not be kept with its work ({})", notKept.toString());
                RequestUndone.answer(answer);
            } else {
                log.warn("refusal of an idempotent request not kept; a retry will be judged again ({})", notKept.toString());
            }
        }
    }

    /**
     * Rolls back the transaction of a request that left without {@link #afterCompletion} (an interceptor or filter
     * failed before the handler ran), so that it never stays bound to the thread that serves the next request.
     */
    static void undoUnfinished(HttpServletRequest request) {
        if (request.getAttribute(HOLD) instanceof Hold hold) {
            request.removeAttribute(HOLD);
            hold.transaction().rollback();
        }
    }

    private static void replay(StoredAnswer answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        if (answer.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.logPosition() != null) {
            response.setHeader(RequestLogPosition.HEADER, answer.logPosition().toString());
        }
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        response.setHeader(Idempotent.REPLAYED_HEADER, "true");
        if (answer.body() != null) {
            response.getOutputStream().write(answer.body());
        }
    }

    /** SHA-256 of method, path with query and body: what makes two requests "the same request". */
    static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            String query = request.getQueryString();
            sha256.update((request.getMethod() + " " + request.getRequestURI() + (query == null ? "" : "?" + query) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(body));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    /** A request holding its key: the claim and the transaction it lives in. */
    private record Hold(Claim claim, RequestTransaction transaction) {
    }
}
