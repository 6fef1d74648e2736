package io.kiosk.launcher;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The web app's forms as a browser posts them: the CSRF token a page carries, and fields URL-encoded. */
public final class WebForms {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private WebForms() {
    }

    /** The CSRF token of the (first) form on {@code page}. */
    public static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("a form with a CSRF token").isTrue();
        return token.group(1);
    }

    /** A form body of these names and values, in turn: {@code body("_csrf", token, "email", email)}. */
    public static String body(String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        for (int field = 0; field + 1 < namesAndValues.length; field += 2) {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(encode(namesAndValues[field])).append('=').append(encode(namesAndValues[field + 1]));
        }
        return body.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
