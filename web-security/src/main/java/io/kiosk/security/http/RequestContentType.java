package io.kiosk.security.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

/**
 * A request whose {@code Content-Type} names no one type ({@code *}{@code /*}, {@code application/*}), cannot be
 * read, or names a character set this JVM does not know is answered 415 before anything reads its body. Spring's
 * readers would otherwise fail with an {@link IllegalArgumentException} (a wildcard) or an
 * {@link UnsupportedCharsetException} (a made-up charset) that no handler maps: a 500 for a client's mistake
 * (found by the fault suite's fuzz test).
 */
public final class RequestContentType extends OncePerRequestFilter {

    public static final String PROBLEM_TYPE = "unsupported-media-type";
    private static final Logger log = LoggerFactory.getLogger(RequestContentType.class);

    private final ObjectMapper json;

    public RequestContentType(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String declared = request.getContentType();
        String fault = declared == null || declared.isBlank() ? null : faultOf(declared);
        if (fault == null) {
            chain.doFilter(request, response);
            return;
        }
        log.info("client error 415 {}: {} to {}", PROBLEM_TYPE, fault, request.getRequestURI());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, fault);
        problem.setType(URI.create("/problems/" + PROBLEM_TYPE));
        problem.setTitle("Unsupported media type");
        response.setStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** What is wrong with the declared type, in words a client can act on (never the value it sent), or null. */
    static String faultOf(String declared) {
        MediaType type;
        try {
            type = MediaType.parseMediaType(declared);
        } catch (InvalidMediaTypeException unreadable) {
            return "the Content-Type header is not a media type";
        }
        if (type.isWildcardType() || type.isWildcardSubtype()) {
            return "the Content-Type header must name one media type, not a wildcard";
        }
        try {
            type.getCharset();
        } catch (UnsupportedCharsetException | IllegalCharsetNameException unknown) {
            return "the Content-Type header names an unknown charset";
        }
        return null;
    }
}
