package io.kiosk.web.admin;

import io.kiosk.web.session.AccessTokens;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.List;

/**
 * Gives every console page (any controller under {@code io.kiosk.web.admin}) what {@code templates/admin/layout.html}
 * shows around it: the menu of the signed-in member of staff, as the model attribute {@code console}. The storefront's
 * {@code frame} (language switch, CSRF header for htmx) is there too.
 */
@ControllerAdvice(basePackages = "io.kiosk.web.admin")
class ConsoleFrame {

    @ModelAttribute("console")
    ConsoleMenu console(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return AccessTokens.signedIn()
                .map(signedIn -> ConsoleMenu.of(signedIn.email(), signedIn.roles(), path))
                .orElseGet(() -> ConsoleMenu.of(null, List.of(), path));
    }
}
