package io.kiosk.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.security.ProblemAuthenticationHandlers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import java.io.IOException;
import java.net.URI;

/**
 * Answers a bearer token that failed authentication. A token that could be checked and failed is
 * a 401 from the handlers both applications share. A token that could not be checked at all,
 * because the command side's keys were never reachable, is a 503 to retry: the caller did nothing
 * wrong, and Spring Security would otherwise let the failure escape as a 500.
 */
final class BearerTokenFailures implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(BearerTokenFailures.class);
    private static final String RETRY_AFTER_SECONDS = "30";

    private final ProblemAuthenticationHandlers problems;
    private final ObjectMapper json;

    BearerTokenFailures(ProblemAuthenticationHandlers problems, ObjectMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException {
        if (!(failure instanceof AuthenticationServiceException)) {
            problems.commence(request, response, failure);
            return;
        }
        log.warn("an access token could not be checked (is the command side's key set reachable?): {}", failure.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "access tokens cannot be checked right now; try again shortly");
        problem.setType(URI.create("/problems/token-check-unavailable"));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
