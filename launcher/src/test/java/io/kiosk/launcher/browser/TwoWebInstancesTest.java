package io.kiosk.launcher.browser;

import io.kiosk.launcher.KioskExtension;
import io.kiosk.launcher.KioskSystem;
import io.kiosk.launcher.FreePorts;
import io.kiosk.launcher.SupervisedApp;
import io.kiosk.launcher.WebForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the web app behind one address, as a load balancer without sticky sessions would send a shopper
 * to them: the session (tokens, CSRF token) lives in PostgreSQL, so a login on one instance is a login on the other,
 * a form shown by one is accepted by the other, and a logout on either ends the session on both.
 */
@ExtendWith(KioskExtension.class)
class TwoWebInstancesTest {

    private final KioskSystem kiosk;
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    TwoWebInstancesTest(KioskSystem kiosk) {
        this.kiosk = kiosk;
    }

    @Test
    void a_shopper_signed_in_on_one_instance_is_signed_in_on_the_other_until_logging_out_on_either() throws Exception {
        Customers.Customer mia = Customers.registered(kiosk, "Mia Twin");
        try (SupervisedApp second = kiosk.startAnotherWeb(FreePorts.any())) {
            URI first = kiosk.webApp();
            URI other = second.baseUri();

            // the login form from the first instance, posted to the second
            String csrf = WebForms.csrf(get(first, "/account/login").body());
            HttpResponse<String> login = post(other, "/account/login", WebForms.body("_csrf", csrf, "email", mia.email(),
                    "password", mia.password(), "next", "/account/profile"));
            assertThat(login.statusCode()).as("logged in through the second instance").isEqualTo(302);
            assertThat(login.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/account/profile"));

            HttpResponse<String> profile = get(first, "/account/profile");
            assertThat(profile.statusCode()).as("the first instance knows the session").isEqualTo(200);
            assertThat(profile.body()).contains(mia.email());

            HttpResponse<String> logout = post(first, "/account/logout",
                    WebForms.body("_csrf", WebForms.csrf(get(other, "/account/profile").body())));
            assertThat(logout.statusCode()).isEqualTo(302);
            HttpResponse<String> after = get(other, "/account/profile");
            assertThat(after.statusCode()).as("logged out on both").isEqualTo(302);
            assertThat(after.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).contains("/account/login"));
        }
    }

    private HttpResponse<String> get(URI instance, String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(instance.resolve(path)).header("Accept-Language", "zh-CN").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(URI instance, String path, String form) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(instance.resolve(path)).header("Accept-Language", "zh-CN")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
