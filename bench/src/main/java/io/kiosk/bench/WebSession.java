package io.kiosk.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser on the storefront: its own cookie jar (the web app's session cookie), the CSRF token its forms carry,
 * and, once {@link #logIn logged in}, the customer's pages. Pages are fetched whole, as a browser would, and only a 200
 * counts: a redirect to the login page or an error page is a failed operation.
 */
final class WebSession {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern CSRF = Pattern.compile(
            "<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    private final HttpClient http;
    private final URI base;

    WebSession(URI base) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        this.base = base;
    }

    /** Logs in as a customer through the login form (GET it for its {@code _csrf}, POST it), as a shopper at a kiosk does. */
    WebSession logIn(Shoppers.Account account) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(page("/account/login", false));
        if (!token.find()) {
            throw new IllegalStateException("the login page has no _csrf field");
        }
        String form = "email=" + encode(account.email()) + "&password=" + encode(account.password()) + "&_csrf="
                + encode(token.group(1) != null ? token.group(1) : token.group(2));
        HttpRequest login = HttpRequest.newBuilder(base.resolve("/account/login")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> answer = http.send(login, HttpResponse.BodyHandlers.ofString());
        String next = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || next.contains("/account/login")) {
            throw new IllegalStateException("logging in to the storefront as " + account.email() + " answered "
                    + answer.statusCode() + " " + next);
        }
        return this;
    }

    /** A whole page (or, with {@code htmx}, the fragment htmx asks for with {@code HX-Request: true}); anything but 200 throws. */
    String page(String path, boolean htmx) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Accept", "text/html").header("Accept-Language", "zh-CN");
        if (htmx) {
            request.header("HX-Request", "true");
        }
        HttpResponse<String> answer = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " on the storefront answered " + answer.statusCode());
        }
        return answer.body();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
