package io.kiosk.web.layout;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Keeps what a form's redirect carries (the notice, the command's position) for the page the redirect shows. Spring
 * hands a flash map to the first request for the redirect's path, and a page that is open while its form posts keeps
 * asking for its own parts (htmx redraws on the live stream, at the same path): one of those arriving first took the
 * notice, and the page came back without it. Parts fetched by htmx never take a flash map; forms post without htmx,
 * so the page after a redirect is always a plain request.
 */
@Component(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
class PageFlash extends SessionFlashMapManager {

    @Override
    protected boolean isFlashMapForRequest(FlashMap flashMap, HttpServletRequest request) {
        return !"true".equals(request.getHeader("HX-Request")) && super.isFlashMapForRequest(flashMap, request);
    }
}
