package io.kiosk.command.idempotency;

import io.kiosk.api.customer.CustomerId;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One idempotent request of a customer as the servlet container runs it: the interceptor's {@code preHandle}, the
 * handler's work and {@code afterCompletion}, all on the request's own thread (the transaction is bound to it), so
 * that a test can hold several requests open at once.
 */
final class RequestOnItsThread implements AutoCloseable {

    /** Stands for an idempotent endpoint such as a payment. */
    static class PaymentEndpoint {
        @Idempotent
        void pay() {
        }
    }

    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final IdempotencyInterceptor interceptor;
    private final CustomerId customer;
    private final HandlerMethod handler;
    private final BufferedRequest request;
    private final ContentCachingResponseWrapper response = new ContentCachingResponseWrapper(new MockHttpServletResponse());

    RequestOnItsThread(IdempotencyInterceptor interceptor, CustomerId customer, String key, String body) {
        this.interceptor = interceptor;
        this.customer = customer;
        try {
            this.handler = new HandlerMethod(new PaymentEndpoint(), PaymentEndpoint.class.getDeclaredMethod("pay"));
            MockHttpServletRequest mock = new MockHttpServletRequest("POST", "/api/payments");
            mock.addHeader(Idempotent.HEADER, key);
            mock.setContent(body.getBytes(StandardCharsets.UTF_8));
            this.request = new BufferedRequest(mock);
        } catch (NoSuchMethodException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** {@code preHandle}: true if the request holds the key and its handler may run. */
    boolean begin() throws Exception {
        return on(() -> interceptor.preHandle(request, response, handler));
    }

    /** {@code preHandle} on the request's thread, without waiting for it to return. */
    Future<Boolean> beginInBackground() {
        return thread.submit(() -> authenticated(() -> interceptor.preHandle(request, response, handler)));
    }

    /** The handler's work, on the request's thread (in its transaction). */
    <T> T work(Callable<T> work) throws Exception {
        return on(work);
    }

    /** The handler answers: status, content type and body, as the endpoint wrote them. */
    void answer(int status, String location, String json) throws Exception {
        on(() -> {
            response.setStatus(status);
            if (location != null) {
                response.setHeader("Location", location);
            }
            response.setContentType("application/json");
            response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
            return null;
        });
    }

    /** {@code afterCompletion}, with the exception that escaped the handler, if any. */
    void end(Exception failure) throws Exception {
        on(() -> {
            interceptor.afterCompletion(request, response, handler, failure);
            return null;
        });
    }

    ContentCachingResponseWrapper response() {
        return response;
    }

    String body() {
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private <T> T on(Callable<T> work) throws Exception {
        try {
            return thread.submit(() -> authenticated(work)).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw failed;
        } catch (TimeoutException stuck) {
            throw new AssertionError("the request's thread is stuck", stuck);
        }
    }

    private <T> T authenticated(Callable<T> work) throws Exception {
        Jwt token = Jwt.withTokenValue("token").header("alg", "RS256").subject(customer.toString())
                .claim("roles", List.of("CUSTOMER")).build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(token));
        try {
            return work.call();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Ends the request as the buffering filter would if it never completed, and stops its thread. */
    @Override
    public void close() throws Exception {
        thread.submit(() -> IdempotencyInterceptor.undoUnfinished(request)).get(30, TimeUnit.SECONDS);
        thread.shutdown();
        if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("a request's thread did not stop");
        }
    }
}
