package io.kiosk.web.layout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.web.i18n.Languages;
import io.kiosk.web.session.AccessTokens;
import io.kiosk.web.session.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.lang.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Locale;
import java.util.Map;

/**
 * Gives every page what {@code templates/layout.html} shows around it, as the model attribute {@code frame}.
 * Other areas add their own bits the same way (the cart's count comes from the cart package).
 */
@ControllerAdvice
class Layout {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ModelAttribute("frame")
    PageFrame frame(HttpServletRequest request, Locale locale, @Nullable CsrfToken csrf) {
        String query = request.getQueryString();
        String path = request.getRequestURI() + (query == null ? "" : "?" + query);
        Locale other = Languages.isEnglish(locale) ? Languages.CHINESE : Languages.ENGLISH;
        String otherUrl = UriComponentsBuilder.fromUriString(path).replaceQueryParam("lang", Languages.tag(other))
                .build().toUriString();
        return new PageFrame(path, Languages.tag(locale), Languages.tag(other), otherUrl,
                AccessTokens.signedIn().map(SignedIn::email).orElse(null), htmxHeaders(csrf));
    }

    private static String htmxHeaders(CsrfToken csrf) {
        if (csrf == null) {
            return "{}";
        }
        try {
            return JSON.writeValueAsString(Map.of(csrf.getHeaderName(), csrf.getToken()));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
