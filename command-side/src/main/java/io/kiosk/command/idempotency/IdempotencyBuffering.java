package io.kiosk.command.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;

/**
 * Holds the bytes the {@link IdempotencyInterceptor} needs, for requests that carry an
 * {@code Idempotency-Key} only: the request body, read up front to fingerprint it, and the answer, held
 * back until the interceptor has stored it and committed the request's work (no client sees an answer
 * whose work is not kept). It also makes sure no request's transaction outlives the request. A filter
 * because only a filter can wrap the request and the response; which endpoints are idempotent only the
 * interceptor knows (it sees the handler method). Runs after Spring Security, so refused tokens never reach it.
 */
class IdempotencyBuffering extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(Idempotent.HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(new BufferedRequest(request), answer);
        } finally {
            IdempotencyInterceptor.undoUnfinished(request);
        }
        // an exception escaping the chain skips this: the container renders the error instead
        answer.copyBodyToResponse();
    }
}
