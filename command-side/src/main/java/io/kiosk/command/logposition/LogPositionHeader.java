package io.kiosk.command.logposition;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.util.OnCommittedResponseWrapper;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Adds {@value RequestLogPosition#HEADER} to every answer of a request that appended events: the log position of its last
 * event. The header must be written before the answer is committed, which happens while the controller's
 * body is being written, so the response is wrapped and the header added at that moment (or at the end for
 * an answer that was not committed yet). An answer that already carries the header (an idempotent replay
 * of an earlier answer) keeps it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class LogPositionHeader extends OncePerRequestFilter {

    private final RequestLogPosition positions;

    LogPositionHeader(RequestLogPosition positions) {
        this.positions = positions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        PositionOnCommit answer = new PositionOnCommit(request, response);
        chain.doFilter(request, answer);
        if (!response.isCommitted()) {
            answer.addPosition();
        }
    }

    private final class PositionOnCommit extends OnCommittedResponseWrapper {

        private final HttpServletRequest request;
        private boolean added;

        PositionOnCommit(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        protected void onResponseCommitted() {
            addPosition();
        }

        void addPosition() {
            if (added) {
                return;
            }
            added = true;
            if (getHeader(RequestLogPosition.HEADER) == null && getStatus() < 400) {
                positions.of(request).ifPresent(position -> setHeader(RequestLogPosition.HEADER, Long.toString(position)));
            }
        }
    }
}
