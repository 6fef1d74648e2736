package io.kiosk.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command API's limits per client (here: 60 registrations an hour) count the shoppers of the web app, each on
 * their own, not the web app, whose one address would otherwise stand for everyone who uses the storefront: the web
 * app names the shopper in {@code X-Forwarded-For}, and the command side believes it from the web app's address only.
 * The shoppers come through a proxy here (this test, on the web app's machine, says whom it forwards for as a proxy
 * does), each from an address of their own.
 */
@ExtendWith(KioskExtension.class)
class ShoppersLimitedEachTest {

    private static final int PER_CLIENT = 60;
    private static final Pattern MESSAGE = Pattern.compile("(?s)class=\"(?:form-errors|field-error)\"[^>]*>(.*?)</(?:div|span)>");

    private final KioskSystem kiosk;

    ShoppersLimitedEachTest(KioskSystem kiosk) {
        this.kiosk = kiosk;
    }

    @Test
    void more_shoppers_than_one_client_s_limit_register_through_the_web_app_and_one_shopper_meets_the_limit() throws Exception {
        int[] network = {ThreadLocalRandom.current().nextInt(1, 250), ThreadLocalRandom.current().nextInt(1, 250)};
        for (int shopper = 1; shopper <= PER_CLIENT + 1; shopper++) {
            HttpResponse<String> registered = register("10.%d.%d.%d".formatted(network[0], network[1], shopper));
            assertThat(registered.statusCode()).as("shopper %d of %d, each from an address of their own: %s", shopper,
                    PER_CLIENT + 1, refusal(registered)).isEqualTo(302);
        }

        String oneShopper = "10.%d.%d.254".formatted(network[0], network[1] + 1);
        for (int attempt = 1; attempt <= PER_CLIENT; attempt++) {
            HttpResponse<String> registered = register(oneShopper);
            assertThat(registered.statusCode()).as("registration %d of one shopper: %s", attempt, refusal(registered))
                    .isEqualTo(302);
        }
        HttpResponse<String> overTheLimit = register(oneShopper);
        assertThat(overTheLimit.statusCode()).as("the form again, with the refusal").isEqualTo(200);
        assertThat(refusal(overTheLimit)).contains("从您的网络注册的次数过多");
    }

    /** Registers a new customer through the web app's form, as a browser at {@code address} behind a proxy would. */
    private HttpResponse<String> register(String address) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        URI form = kiosk.webApp().resolve("/account/register");
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(form).header("X-Forwarded-For", address)
                .header("Accept-Language", "zh-CN").build(), HttpResponse.BodyHandlers.ofString());
        String email = "limits." + UUID.randomUUID().toString().substring(0, 12) + "@example.com";
        String body = WebForms.body("_csrf", WebForms.csrf(page.body()), "email", email, "name", "Shopper",
                "phone", "+8613800138000", "password", "a long enough password", "next", "");
        return browser.send(HttpRequest.newBuilder(form).header("X-Forwarded-For", address)
                .header("Accept-Language", "zh-CN").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The messages a refused form shows (the form's own and its fields'). */
    private static String refusal(HttpResponse<String> page) {
        Matcher messages = MESSAGE.matcher(page.body());
        StringBuilder shown = new StringBuilder();
        while (messages.find()) {
            shown.append(messages.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip()).append(' ');
        }
        return shown.toString().strip();
    }

}
