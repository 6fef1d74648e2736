package io.kiosk.command.payment;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;

/**
 * The providers' endpoints are open to anyone and read the whole body before its signature can be checked,
 * so a body may not be larger than any real notification (a few kilobytes): a larger declared length is
 * answered 413 at once, and a body without one stops being read at the limit.
 */
@Component
class NotificationBodyLimit extends OncePerRequestFilter {

    static final int MAX_BYTES = 64 * 1024;

    private static final Logger log = LoggerFactory.getLogger(NotificationBodyLimit.class);

    private final ObjectMapper json;

    NotificationBodyLimit(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/payments/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            log.info("client error 413 notification-too-large: {} bytes to {}", request.getContentLengthLong(),
                    request.getRequestURI());
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                    "a notification is at most " + MAX_BYTES + " bytes");
            problem.setType(URI.create("/problems/notification-too-large"));
            problem.setTitle("Notification too large");
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        chain.doFilter(new Limited(request), response);
    }

    /** A request whose body stops being read at the limit (for bodies sent without a length). */
    private static final class Limited extends HttpServletRequestWrapper {

        private ServletInputStream limited;

        Limited(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                ServletInputStream body = super.getInputStream();
                limited = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int next = body.read();
                        if (next >= 0 && ++read > MAX_BYTES) {
                            throw new IOException("notification body larger than " + MAX_BYTES + " bytes");
                        }
                        return next;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int count = body.read(buffer, offset, length);
                        if (count > 0) {
                            read += count;
                            if (read > MAX_BYTES) {
                                throw new IOException("notification body larger than " + MAX_BYTES + " bytes");
                            }
                        }
                        return count;
                    }

                    @Override
                    public boolean isFinished() {
                        return body.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return body.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        body.setReadListener(listener);
                    }
                };
            }
            return limited;
        }
    }
}
