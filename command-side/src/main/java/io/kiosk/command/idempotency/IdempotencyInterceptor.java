package io.kiosk.command.idempotency;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.command.logposition.RequestLogPosition;
import io.kiosk.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
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
 * Makes {@link Idempotent} methods run at most once per caller and key. Before the method: claims the
 * key (one atomic insert, so of many concurrent requests exactly one runs), or answers from the key's
 * earlier use: its stored answer, 409 if it is still in progress (at once, with {@code Retry-After},
 * rather than holding a server thread while it finishes), 422 if it was another request. After the
 * method: stores the answer, 2xx to 4xx alike (the same bad request gets the same answer); a 5xx or an
 * unhandled exception releases the key instead, so the client may retry.
 */
class IdempotencyInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyInterceptor.class);
    private static final String CLAIM = IdempotencyInterceptor.class.getName() + ".claim";

    private final IdempotencyStore store;
    private final RequestLogPosition positions;

    IdempotencyInterceptor(IdempotencyStore store, RequestLogPosition positions) {
        this.store = store;
        this.positions = positions;
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
        // a second round covers a key released or expired between our claim and our look
        for (int round = 0; round < 2; round++) {
            Optional<Claim> claim = store.claim(account, key.get(), fingerprint);
            if (claim.isPresent()) {
                request.setAttribute(CLAIM, claim.get());
                return true;
            }
            Optional<KeyUse> earlier = store.find(account, key.get());
            if (earlier.isPresent()) {
                if (!earlier.get().fingerprint().equals(fingerprint)) {
                    throw IdempotencyRefusal.reusedForAnotherRequest();
                }
                if (earlier.get().inProgress()) {
                    throw IdempotencyRefusal.inUse();
                }
                replay(earlier.get().answer(), response);
                return false;
            }
        }
        throw IdempotencyRefusal.inUse();
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception failure) {
        if (!(request.getAttribute(CLAIM) instanceof Claim claim)) {
            return;
        }
        ContentCachingResponseWrapper answer = WebUtils.getNativeResponse(response, ContentCachingResponseWrapper.class);
        if (failure != null || response.getStatus() >= 500 || answer == null) {
            log.info("idempotency key released after a failed request ({})", failure == null ? response.getStatus() : failure);
            store.release(claim);
            return;
        }
        OptionalLong position = positions.of(request);
        store.complete(claim, new StoredAnswer(response.getStatus(), response.getHeader(HttpHeaders.LOCATION),
                position.isPresent() ? position.getAsLong() : null, response.getContentType(), answer.getContentAsByteArray()));
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
}
