package io.kiosk.web.problems;

import io.kiosk.web.security.ReturnUrl;
import io.kiosk.web.session.WebSessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import java.util.Optional;

/**
 * What a person sees when an API refuses a page's call that the page itself did not handle: never the problem's
 * JSON, always a page of ours. The API's 404 is the not-found page (another customer's order looks exactly like a
 * missing one), 401 means the login is over (back to the login page, to return here), 403 the forbidden page; an API
 * that cannot be reached or fails is the "unavailable" page (503); any other refusal the error page with its message.
 * Refusals a form expects (a field at fault) are handled by the page with {@link FormProblems}.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(io.kiosk.client.command.ApiException.class)
    ModelAndView commandApiRefused(io.kiosk.client.command.ApiException refused, HttpServletRequest request,
                                   HttpServletResponse response) {
        return page(ApiProblem.of(refused), refused, request, response);
    }

    @ExceptionHandler(io.kiosk.client.query.ApiException.class)
    ModelAndView queryApiRefused(io.kiosk.client.query.ApiException refused, HttpServletRequest request,
                                 HttpServletResponse response) {
        return page(ApiProblem.of(refused), refused, request, response);
    }

    @ExceptionHandler(ApiUnreachable.class)
    ModelAndView unreachable(ApiUnreachable failed, HttpServletRequest request) {
        log.warn("{} {}: {}", request.getMethod(), request.getRequestURI(), failed.getMessage());
        return view("error/unavailable", HttpStatus.SERVICE_UNAVAILABLE,
                new ApiProblem(0, "unreachable", failed.getMessage(), null, null, null, null, Optional.empty()));
    }

    private ModelAndView page(ApiProblem problem, Exception refused, HttpServletRequest request, HttpServletResponse response) {
        if (problem.status() == 401) {
            WebSessions.forgetLogin(request);
            String login = ReturnUrl.loginFor(ReturnUrl.of(request));
            if (ReturnUrl.isHtmx(request)) {
                response.setHeader("HX-Redirect", login);
                return new ModelAndView("error/empty", HttpStatus.OK);
            }
            return new ModelAndView("redirect:" + login);
        }
        if (problem.isOurFault()) {
            log.warn("{} {}: an API answered {} ({}: {})", request.getMethod(), request.getRequestURI(), problem.status(),
                    problem.type(), problem.detail(), problem.status() == 0 ? refused : null);
            return view("error/unavailable", HttpStatus.SERVICE_UNAVAILABLE, problem);
        }
        log.info("{} {}: an API refused with {} {} ({})", request.getMethod(), request.getRequestURI(), problem.status(),
                problem.type(), problem.detail());
        return switch (problem.status()) {
            case 404 -> view("error/404", HttpStatus.NOT_FOUND, problem);
            case 403 -> view("error/403", HttpStatus.FORBIDDEN, problem);
            default -> view("error/problem", HttpStatus.valueOf(problem.status()), problem);
        };
    }

    private ModelAndView view(String name, HttpStatus status, ApiProblem problem) {
        ModelAndView page = new ModelAndView(name, status);
        page.addObject("status", status.value());
        page.addObject("problem", problem);
        if (name.equals("error/problem")) {
            // the refusal's own words; the other pages say what they are about themselves
            page.addObject("message", messages.getMessage("problem." + problem.type(), new Object[]{problem.detail()},
                    problem.detail(), LocaleContextHolder.getLocale()));
        }
        return page;
    }
}
