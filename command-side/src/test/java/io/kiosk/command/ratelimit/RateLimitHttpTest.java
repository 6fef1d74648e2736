package io.kiosk.command.ratelimit;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.command.CommandSideHttpTest;
import io.kiosk.command.HttpClientForTests;
import io.kiosk.command.HttpClientForTests.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.POST;

/**
 * The rate limits over HTTP, at limits of this class's own (two requests per address, three per client, four failed
 * logins per client) and behind a trusted proxy (this machine), so that each test's clients are addresses of their own
 * in {@code X-Forwarded-For}: the counts live in the real database, across test runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kiosk.rate-limits.trusted-proxies=127.0.0.1,::1",
        "kiosk.rate-limits.registration.per-address=2", "kiosk.rate-limits.registration.per-client=3",
        "kiosk.rate-limits.verification-resend.per-address=2", "kiosk.rate-limits.verification-resend.per-client=3",
        "kiosk.rate-limits.password-reset.per-address=2", "kiosk.rate-limits.password-reset.per-client=3",
        "kiosk.rate-limits.failed-logins.per-client=4"})
class RateLimitHttpTest extends CommandSideHttpTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    private PasswordEncoder passwords;

    /** A client of its own: a made-up address our trusted proxy (this machine) names in {@code X-Forwarded-For}. */
    private HttpClientForTests newClient() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String address = "10.%d.%d.%d".formatted(random.nextInt(256), random.nextInt(256), random.nextInt(1, 255));
        return anonymous().withHeader("X-Forwarded-For", "203.0.113.9, " + address);
    }

    private static String uniqueEmail() {
        return "limited." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    /** What {@code path} asks for {@code email}: a registration, a new verification code or a password reset. */
    private static Answer ask(HttpClientForTests client, String path, String email) {
        String body = path.endsWith("registrations")
                ? "{\"email\":\"%s\",\"name\":\"Mia Chen\",\"phone\":\"+8613800138000\",\"password\":\"%s\"}".formatted(email, PASSWORD)
                : "{\"email\":\"%s\"}".formatted(email);
        return client.send(POST, path, body);
    }

    private static String problemOf(String path) {
        return path.endsWith("registrations") ? "too-many-registrations"
                : path.endsWith("resend") ? "too-many-verification-mails" : "too-many-password-resets";
    }

    private static void assertThrottled(Answer answer, String type, String limit, long longestWaitSeconds) {
        assertProblem(answer, 429, type, null);
        assertThat(answer.text("limit")).isEqualTo(limit);
        assertThat(Long.parseLong(answer.headers().get("retry-after"))).isBetween(1L, longestWaitSeconds);
    }

    /** A customer who registered and confirmed their address long ago. */
    private String verifiedCustomer() {
        String email = uniqueEmail();
        jdbc.update("insert into command.account (account_id, email, password_hash, roles, email_verified)"
                + " values (?, ?, ?, 'CUSTOMER', true)", CustomerId.random().value(), email, passwords.encode(PASSWORD));
        return email;
    }

    private static Answer login(HttpClientForTests client, String email, String password) {
        return client.send(POST, "/api/auth/login", "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/customers/registrations", "/api/customers/verification/resend", "/api/auth/password-reset"})
    void requests_about_one_address_are_limited_whichever_clients_send_them(String path) {
        String email = uniqueEmail();

        assertThat(ask(newClient(), path, email).status()).isEqualTo(202);
        assertThat(ask(newClient(), path, email).status()).isEqualTo(202);
        Answer third = ask(newClient(), path, email);

        assertThrottled(third, problemOf(path), "per-address", 3600);
        assertThat(ask(newClient(), path, uniqueEmail()).status()).as("other addresses are not held up").isEqualTo(202);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/customers/registrations", "/api/customers/verification/resend", "/api/auth/password-reset"})
    void one_client_asking_about_many_addresses_is_limited(String path) {
        HttpClientForTests client = newClient();
        for (int request = 0; request < 3; request++) {
            assertThat(ask(client, path, uniqueEmail()).status()).isEqualTo(202);
        }

        Answer fourth = ask(client, path, uniqueEmail());

        assertThrottled(fourth, problemOf(path), "per-client", 3600);
        assertThat(ask(newClient(), path, uniqueEmail()).status()).as("other clients are not held up").isEqualTo(202);
    }

    @Test
    void a_known_and_an_unknown_address_are_limited_alike() {
        String known = verifiedCustomer();
        String unknown = uniqueEmail();
        for (int request = 0; request < 2; request++) {
            ask(newClient(), "/api/auth/password-reset", known);
            ask(newClient(), "/api/auth/password-reset", unknown);
        }

        Answer aboutKnown = ask(newClient(), "/api/auth/password-reset", known);
        Answer aboutUnknown = ask(newClient(), "/api/auth/password-reset", unknown);

        assertThat(aboutKnown.status()).isEqualTo(aboutUnknown.status()).isEqualTo(429);
        assertThat(aboutKnown.text("detail")).isEqualTo(aboutUnknown.text("detail"));
    }

    @Test
    void failed_logins_spread_over_many_addresses_hold_up_the_client_even_with_the_right_password() {
        HttpClientForTests sprayer = newClient();
        for (int guess = 0; guess < 4; guess++) {
            assertThat(login(sprayer, uniqueEmail(), "Summer2024!").status()).isEqualTo(401);
        }
        String customer = verifiedCustomer();

        Answer refused = login(sprayer, customer, PASSWORD);

        assertThrottled(refused, "too-many-failed-logins", "per-client", 900);
        assertThat(login(newClient(), customer, PASSWORD).status()).as("the customer elsewhere").isEqualTo(200);
    }

    @Test
    void wrong_current_passwords_lock_the_address_like_failed_logins() {
        String email = verifiedCustomer();
        String token = login(newClient(), email, PASSWORD).text("accessToken");
        String wrongGuess = "{\"currentPassword\":\"guess %d\",\"newPassword\":\"staple battery horse\"}";
        for (int guess = 0; guess < 5; guess++) {
            assertThat(newClient().as(token).send(POST, "/api/auth/password", wrongGuess.formatted(guess)).status())
                    .isEqualTo(422);
        }

        Answer locked = newClient().as(token).send(POST, "/api/auth/password",
                "{\"currentPassword\":\"%s\",\"newPassword\":\"staple battery horse\"}".formatted(PASSWORD));

        assertProblem(locked, 429, "login-locked", null);
        assertThat(Long.parseLong(locked.headers().get("retry-after"))).isBetween(1L, 900L);
        assertProblem(login(newClient(), email, PASSWORD), 429, "login-locked", null);
    }

    @Test
    void wrong_current_passwords_count_against_the_client_too() {
        HttpClientForTests client = newClient();
        String wrongGuess = "{\"currentPassword\":\"guess %d\",\"newPassword\":\"staple battery horse\"}";
        for (int guess = 0; guess < 4; guess++) {
            String token = login(newClient(), verifiedCustomer(), PASSWORD).text("accessToken");
            assertThat(client.as(token).send(POST, "/api/auth/password", wrongGuess.formatted(guess)).status()).isEqualTo(422);
        }

        assertThrottled(login(client, verifiedCustomer(), PASSWORD), "too-many-failed-logins", "per-client", 900);
    }
}
