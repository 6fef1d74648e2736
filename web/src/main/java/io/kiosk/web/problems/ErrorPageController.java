package io.kiosk.web.problems;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

import java.util.List;
import java.util.Map;

/**
 * Every error the servlet container hands over (an address that is no page, a refused CSRF token, a fault of ours) is
 * answered with an HTML page of ours, {@code templates/error/<status>.html}, {@code error/4xx.html} or
 * {@code error/5xx.html}, whatever the request accepts: Spring Boot's own error controller would answer JSON to a
 * client that does not ask for HTML, and nothing here shows a person JSON.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPageController implements ErrorController {

    private final ErrorAttributes errorAttributes;
    private final List<ErrorViewResolver> views;

    ErrorPageController(ErrorAttributes errorAttributes, List<ErrorViewResolver> views) {
        this.errorAttributes = errorAttributes;
        this.views = views;
    }

    @RequestMapping
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = status(request);
        Map<String, Object> model = errorAttributes.getErrorAttributes(new ServletWebRequest(request), ErrorAttributeOptions.defaults());
        response.setStatus(status.value());
        for (ErrorViewResolver resolver : views) {
            ModelAndView page = resolver.resolveErrorView(request, status, model);
            if (page != null) {
                return page;
            }
        }
        return new ModelAndView("error", model, status);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
