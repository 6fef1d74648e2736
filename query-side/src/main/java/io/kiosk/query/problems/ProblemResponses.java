package io.kiosk.query.problems;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.Locale;

/** Client errors of the query API as RFC 9457 problem details, with the same types as the command API. */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final URI ABOUT_BLANK = URI.create("about:blank");

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound missing) {
        return problem(HttpStatus.NOT_FOUND, "not-found", missing.getMessage(), null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail malformedPathOrParameter(MethodArgumentTypeMismatchException mismatch) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request",
                mismatch.getName() + ": '" + mismatch.getValue() + "' is not a valid " + mismatch.getName(),
                mismatch.getName());
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem && ABOUT_BLANK.equals(problem.getType())) {
            HttpStatus known = HttpStatus.resolve(statusCode.value());
            problem.setType(URI.create("/problems/" + (known == null ? "http-" + statusCode.value()
                    : known.name().toLowerCase(Locale.ROOT).replace('_', '-'))));
        }
        return response;
    }

    private static ProblemDetail problem(HttpStatus status, String slug, String detail, String field) {
        log.info("client error {} {}: {}", status.value(), slug, detail);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + slug));
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }
}
