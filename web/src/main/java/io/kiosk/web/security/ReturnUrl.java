package io.kiosk.web.security;

import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where to send a shopper back to after logging in: a page of this app only (a path, never another site's address,
 * so that a crafted login link cannot send anyone elsewhere).
 */
public final class ReturnUrl {

    private ReturnUrl() {
    }

    /** {@code next} when it is a path of this app, such as {@code /orders/…?x=1}; empty otherwise. */
    public static Optional<String> safe(String next) {
        if (next == null || next.isBlank() || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(next);
            return uri.getScheme() == null && uri.getHost() == null ? Optional.of(next) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** The page the request shows (its path and query), to come back to; for a form post, the page it was posted from. */
    public static String of(HttpServletRequest request) {
        if ("GET".equals(request.getMethod()) && !isHtmx(request)) {
            String query = request.getQueryString();
            return request.getRequestURI() + (query == null ? "" : "?" + query);
        }
        String from = isHtmx(request) ? request.getHeader("HX-Current-URL") : request.getHeader("Referer");
        if (from != null) {
            try {
                URI page = URI.create(from);
                if (page.getHost() == null || page.getHost().equals(request.getServerName())) {
                    String path = page.getRawPath() + (page.getRawQuery() == null ? "" : "?" + page.getRawQuery());
                    return safe(path).orElse("/");
                }
            } catch (IllegalArgumentException malformed) {
                return "/";
            }
        }
        return "/";
    }

    /** The login page's address that comes back to {@code next}. */
    public static String loginFor(String next) {
        return "/account/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }

    /** Whether htmx sent the request (it swaps the answer into the page, so a redirect is said with HX-Redirect). */
    public static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }
}
