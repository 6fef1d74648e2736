package io.kiosk.security.http;

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
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/**
 * No request body is read past its limit: the general one ({@link HttpLimits}), or a smaller one for some paths
 * ({@link BodyLimit}). A body that declares a larger length is answered 413 at once, before anyone (Spring
 * Security included) reads a byte of it; a body without a length, or longer than it said, fails its reader with
 * {@link BodyTooLarge} at the limit, which the application answers 413 as well. First of the filters, so that
 * nothing buffers a body before it is checked.
 */
public final class RequestBodyLimit extends OncePerRequestFilter {

    public static final String PROBLEM_TYPE = "request-too-large";
    private static final Logger log = LoggerFactory.getLogger(RequestBodyLimit.class);

    private final BodyLimit general;
    private final List<BodyLimit> narrower;
    private final ObjectMapper json;

    public RequestBodyLimit(HttpLimits limits, List<BodyLimit> narrower, ObjectMapper json) {
        this.general = new BodyLimit("/", limits.maxRequestBody().toBytes(), PROBLEM_TYPE, "Request too large");
        // the longest prefix that matches wins
        this.narrower = narrower.stream().sorted(Comparator.comparing((BodyLimit limit) -> limit.pathPrefix().length()).reversed()).toList();
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        BodyLimit limit = limitFor(request.getRequestURI());
        if (request.getContentLengthLong() > limit.maxBytes()) {
            log.info("client error 413 {}: a body of {} bytes to {}", limit.problemType(), request.getContentLengthLong(),
                    request.getRequestURI());
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, detail(limit.maxBytes()));
            problem.setType(URI.create("/problems/" + limit.problemType()));
            problem.setTitle(limit.title());
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    /** What a 413 says: how large a body may be. */
    public static String detail(long bytes) {
        String size = bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB"
                : bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
        return "the request body is larger than the " + size + " this endpoint reads";
    }

    private BodyLimit limitFor(String path) {
        return narrower.stream().filter(limit -> path.startsWith(limit.pathPrefix())).findFirst().orElse(general);
    }

    /** A request whose body fails with {@link BodyTooLarge} once it grows past the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final BodyLimit limit;
        private ServletInputStream limited;

        Limited(HttpServletRequest request, BodyLimit limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new CountingStream(super.getInputStream(), limit);
            }
            return limited;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream body;
        private final BodyLimit limit;
        private long read;

        CountingStream(ServletInputStream body, BodyLimit limit) {
            this.body = body;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int next = body.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = body.read(buffer, offset, length);
            if (count > 0) {
                count(count);
            }
            return count;
        }

        private void count(int bytes) throws BodyTooLarge {
            read += bytes;
            if (read > limit.maxBytes()) {
                throw new BodyTooLarge(limit.maxBytes(), limit.problemType());
            }
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
    }
}
