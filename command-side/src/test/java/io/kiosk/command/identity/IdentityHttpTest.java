package io.kiosk.command.identity;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.Role;
import io.kiosk.command.CommandSideHttpTest;
import io.kiosk.command.HttpClientForTests;
import io.kiosk.command.HttpClientForTests.Answer;
import io.kiosk.command.TestSmtp;
import io.kiosk.command.TestTokens;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.kiosk.command.orderprocess.OrderJourney.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * Registration, verification by mail (a real SMTP server in the JVM), login, tokens and passwords over HTTP. The first
 * administrator and the allowed origins are this class's own settings, so it runs in a context of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kiosk.security.admin.email=admin@kiosk.test",
        "kiosk.security.admin.password=first admin password",
        "kiosk.security.allowed-origins=https://shop.example"})
class IdentityHttpTest extends CommandSideHttpTest {

    @RegisterExtension
    static GreenMailExtension mail = TestSmtp.server();

    private static final Pattern MAILED_CODE = Pattern.compile("\\n {4}(\\S+)\\n");

    private HttpClientForTests http;

    @BeforeEach
    void setUp() {
        http = anonymous();
    }

    private static String uniqueEmail() {
        return "mia." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private Answer register(String email, String password) {
        return http.send(POST, "/api/customers/registrations", """
                {"email":"%s","name":"Mia Chen","phone":"+86 138 0013 8000","password":"%s"}""".formatted(email, password));
    }

    private Answer login(String email, String password) {
        return http.send(POST, "/api/auth/login", """
                {"email":"%s","password":"%s"}""".formatted(email, password));
    }

    private String codeMailedTo(String email, String subjectPart) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage message : mail.getReceivedMessagesForDomain(email)) {
                if (message.getSubject().contains(subjectPart)) {
                    Matcher code = MAILED_CODE.matcher(message.getContent().toString().replace("\r\n", "\n"));
                    if (code.find()) {
                        return code.group(1);
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no mail '" + subjectPart + "' reached " + email);
    }

    /** The subjects of the mails to {@code email}, once one is {@code subject} (or when patience runs out). */
    private static List<String> subjectsOnceOneIs(String email, String subject) {
        return eventually(() -> Arrays.stream(mail.getReceivedMessagesForDomain(email)).map(message -> {
            try {
                return message.getSubject();
            } catch (MessagingException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }).toList(), subjects -> subjects.contains(subject));
    }

    private String registeredAndVerified(String email, String password) throws Exception {
        assertThat(register(email, password).status()).isEqualTo(202);
        String code = codeMailedTo(email, "请确认您的电子邮箱");
        assertThat(http.send(POST, "/api/customers/verification", "{\"token\":\"" + code + "\"}").status()).isEqualTo(204);
        return code;
    }

    @Test
    void a_customer_registers_confirms_the_mailed_code_logs_in_and_uses_the_token() throws Exception {
        String email = uniqueEmail();
        registeredAndVerified(email, "correct horse battery");

        Answer tokens = login(email, "correct horse battery");
        assertThat(tokens.status()).isEqualTo(200);
        assertThat(tokens.text("tokenType")).isEqualTo("Bearer");
        assertThat(tokens.body().path("expiresIn").asLong()).isEqualTo(900);

        Answer cart = http.as(tokens.text("accessToken")).send(POST, "/api/carts", null);
        assertThat(cart.status()).isEqualTo(201);
    }

    @Test
    void a_verification_code_works_once() throws Exception {
        String code = registeredAndVerified(uniqueEmail(), "correct horse battery");
        Answer again = http.send(POST, "/api/customers/verification", "{\"token\":\"" + code + "\"}");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.text("type")).isEqualTo("/problems/invalid-token");
    }

    @Test
    void registering_a_known_address_answers_alike_and_warns_the_owner_by_mail() throws Exception {
        String email = uniqueEmail();
        Answer first = register(email, "correct horse battery");
        Answer second = register(email, "another good password");

        assertThat(second.status()).isEqualTo(first.status()).isEqualTo(202);
        assertThat(second.body()).isEqualTo(first.body());
        codeMailedTo(email, "请确认您的电子邮箱");
        assertThat(subjectsOnceOneIs(email, "Kiosk：有人尝试用您的邮箱注册")).contains("Kiosk：有人尝试用您的邮箱注册");
    }

    @Test
    void a_short_password_is_refused_naming_the_field() {
        Answer answer = register(uniqueEmail(), "short");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text("field")).isEqualTo("password");
    }

    @Test
    void a_password_with_an_unpaired_surrogate_is_refused_at_registration_and_matches_no_login_never_a_500() throws Exception {
        String email = uniqueEmail();
        registeredAndVerified(email, "correct horse battery");

        Answer registration = register(uniqueEmail(), "long enough \\uD800 password");
        Answer loginAnswer = login(email, "\\uDC00x");

        assertThat(registration.status()).isEqualTo(400);
        assertThat(registration.text("field")).isEqualTo("password");
        assertThat(loginAnswer.status()).isEqualTo(401);
    }

    @Test
    void an_unverified_customer_cannot_log_in_yet() {
        String email = uniqueEmail();
        register(email, "correct horse battery");
        Answer answer = login(email, "correct horse battery");
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.text("type")).isEqualTo("/problems/email-not-verified");
    }

    @Test
    void a_wrong_password_and_an_unknown_address_answer_alike() throws Exception {
        String email = uniqueEmail();
        registeredAndVerified(email, "correct horse battery");

        Answer wrongPassword = login(email, "wrong horse battery");
        Answer unknownAddress = login(uniqueEmail(), "wrong horse battery");

        assertThat(wrongPassword.status()).isEqualTo(unknownAddress.status()).isEqualTo(401);
        assertThat(wrongPassword.text("detail")).isEqualTo(unknownAddress.text("detail"));
        assertThat(wrongPassword.text("type")).isEqualTo(unknownAddress.text("type"));
    }

    @Test
    void five_failed_logins_lock_an_address_even_for_the_right_password() throws Exception {
        String email = uniqueEmail();
        registeredAndVerified(email, "correct horse battery");
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(login(email, "guess " + attempt + " is wrong").status()).isEqualTo(401);
        }
        Answer locked = login(email, "correct horse battery");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.text("type")).isEqualTo("/problems/login-locked");

        String unknown = uniqueEmail();
        for (int attempt = 0; attempt < 5; attempt++) {
            login(unknown, "guess " + attempt + " is wrong");
        }
        assertThat(login(unknown, "anything at all").status()).as("unknown addresses lock alike").isEqualTo(429);
    }

    @Test
    void a_refresh_token_rotates_and_a_reused_one_ends_the_whole_login() throws Exception {
        String email = uniqueEmail();
        registeredAndVerified(email, "correct horse battery");
        String first = login(email, "correct horse battery").text("refreshToken");

        Answer second = http.send(POST, "/api/auth/refresh", "{\"refreshToken\":\"" + first + "\"}");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.text("refreshToken")).isNotEqualTo(first);

        Answer replay = http.send(POST, "/api/auth/refresh", "{\"refreshToken\":\"" + first + "\"}");
        assertThat(replay.status()).isEqualTo(401);
        Answer afterTheft = http.send(POST, "/api/auth/refresh", "{\"refreshToken\":\"" + second.text("refreshToken") + "\"}");
        assertThat(afterTheft.status()).as("the stolen chain is revoked whole").isEqualTo(401);
    }

    @Test
    void logging_out_revokes_the_refresh_token() throws Exception {
        String email = uniqueEmail();
        registeredAndVerified(email, "correct horse battery");
        String refresh = login(email, "correct horse battery").text("refreshToken");

        assertThat(http.send(POST, "/api/auth/logout", "{\"refreshToken\":\"" + refresh + "\"}").status()).isEqualTo(204);
        assertThat(http.send(POST, "/api/auth/refresh", "{\"refreshToken\":\"" + refresh + "\"}").status()).isEqualTo(401);
    }

    @Test
    void changing_the_password_logs_out_every_device() throws Exception {
        String email = uniqueEmail();
        registeredAndVerified(email, "correct horse battery");
        Answer tokens = login(email, "correct horse battery");

        Answer wrong = http.as(tokens.text("accessToken")).send(POST, "/api/auth/password",
                "{\"currentPassword\":\"not my password\",\"newPassword\":\"staple battery horse\"}");
        assertThat(wrong.status()).isEqualTo(422);
        Answer changed = http.as(tokens.text("accessToken")).send(POST, "/api/auth/password",
                "{\"currentPassword\":\"correct horse battery\",\"newPassword\":\"staple battery horse\"}");
        assertThat(changed.status()).isEqualTo(204);

        assertThat(http.send(POST, "/api/auth/refresh", "{\"refreshToken\":\"" + tokens.text("refreshToken") + "\"}").status())
                .isEqualTo(401);
        assertThat(login(email, "correct horse battery").status()).isEqualTo(401);
        assertThat(login(email, "staple battery horse").status()).isEqualTo(200);
    }

    @Test
    void a_forgotten_password_is_reset_with_the_mailed_code() throws Exception {
        String email = uniqueEmail();
        registeredAndVerified(email, "correct horse battery");

        assertThat(http.send(POST, "/api/auth/password-reset", "{\"email\":\"" + email + "\"}").status()).isEqualTo(202);
        assertThat(http.send(POST, "/api/auth/password-reset", "{\"email\":\"" + uniqueEmail() + "\"}").status())
                .as("unknown addresses answer alike").isEqualTo(202);
        String code = codeMailedTo(email, "重设您的密码");

        Answer reset = http.send(POST, "/api/auth/password-reset/confirm",
                "{\"token\":\"" + code + "\",\"newPassword\":\"a brand new password\"}");
        assertThat(reset.status()).isEqualTo(204);
        assertThat(login(email, "a brand new password").status()).isEqualTo(200);
        assertThat(http.send(POST, "/api/auth/password-reset/confirm",
                "{\"token\":\"" + code + "\",\"newPassword\":\"yet another password\"}").status()).isEqualTo(422);
    }

    private int mailsWaitingFor(String email, String channel) {
        return jdbc.queryForObject("select count(*) from command.notification_outbox"
                + " where recipient = ? and channel = ? and status = 'PENDING'", Integer.class, email, channel);
    }

    @Test
    void a_password_reset_answers_alike_while_the_mail_server_is_down_and_its_mail_goes_once_the_server_is_back()
            throws Exception {
        String email = uniqueEmail();
        registeredAndVerified(email, "correct horse battery");
        mail.stop();

        Answer known = http.send(POST, "/api/auth/password-reset", "{\"email\":\"" + email + "\"}");
        Answer unknown = http.send(POST, "/api/auth/password-reset", "{\"email\":\"" + uniqueEmail() + "\"}");

        assertThat(known.status()).isEqualTo(unknown.status()).isEqualTo(202);
        assertThat(known.body()).isEqualTo(unknown.body());
        assertThat(mailsWaitingFor(email, "identity.reset")).as("the request only wrote the mail down").isEqualTo(1);
        mail.start();
        String code = codeMailedTo(email, "重设您的密码");
        assertThat(http.send(POST, "/api/auth/password-reset/confirm",
                "{\"token\":\"" + code + "\",\"newPassword\":\"a brand new password\"}").status()).isEqualTo(204);
    }

    @Test
    void registering_a_known_and_a_new_address_answer_alike_while_the_mail_server_is_down_and_the_mails_follow()
            throws Exception {
        String known = uniqueEmail();
        registeredAndVerified(known, "correct horse battery");
        String fresh = uniqueEmail();
        mail.stop();

        Answer again = register(known, "another good password");
        Answer first = register(fresh, "correct horse battery");

        assertThat(again.status()).isEqualTo(first.status()).isEqualTo(202);
        assertThat(again.body()).isEqualTo(first.body());
        mail.start();
        codeMailedTo(fresh, "请确认您的电子邮箱");
        assertThat(subjectsOnceOneIs(known, "Kiosk：有人尝试用您的邮箱注册")).contains("Kiosk：有人尝试用您的邮箱注册");
    }

    @Test
    void the_configured_admin_exists_and_creates_staff_accounts() {
        Answer admin = login("admin@kiosk.test", "first admin password");
        assertThat(admin.status()).isEqualTo(200);
        String staffEmail = uniqueEmail();

        Answer created = http.as(admin.text("accessToken")).send(POST, "/api/admin/accounts", """
                {"email":"%s","password":"back office password","role":"BACK_OFFICE"}""".formatted(staffEmail));
        assertThat(created.status()).isEqualTo(201);
        assertThat(login(staffEmail, "back office password").status()).isEqualTo(200);

        Answer customerRole = http.as(admin.text("accessToken")).send(POST, "/api/admin/accounts", """
                {"email":"%s","password":"back office password","role":"CUSTOMER"}""".formatted(uniqueEmail()));
        assertThat(customerRole.status()).isEqualTo(422);
    }

    @Test
    void instances_started_together_all_start_and_make_the_configured_admin_once(
            @Autowired AccountStore accounts, @Autowired PasswordEncoder passwords) throws Exception {
        ExecutorService instances = Executors.newFixedThreadPool(3);
        try {
            for (int round = 0; round < 10; round++) {
                String email = uniqueEmail();
                IdentityProperties configured = new IdentityProperties(null, null, "", "", null, null,
                        new IdentityProperties.Admin(email, "first admin password"));
                CyclicBarrier together = new CyclicBarrier(3);
                List<Future<?>> starts = new ArrayList<>();
                for (int instance = 0; instance < 3; instance++) {
                    starts.add(instances.submit(() -> {
                        together.await();
                        new StaffAccounts(accounts, passwords, configured).run(null);
                        return null;
                    }));
                }
                for (Future<?> start : starts) {
                    start.get(); // an instance whose start failed throws here
                }
                assertThat(login(email, "first admin password").status()).isEqualTo(200);
            }
        } finally {
            instances.shutdownNow();
        }
    }

    @Test
    void expired_tampered_foreign_and_roleless_tokens_are_refused() throws Exception {
        TestTokens tokens = tokens();
        CustomerId someone = CustomerId.random();
        String valid = tokens.forAccount(someone, Role.CUSTOMER);
        assertThat(http.as(valid).send(POST, "/api/carts", null).status()).isEqualTo(201);

        String[] parts = valid.split("\\.");
        String adminPayload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("CUSTOMER", "ADMIN");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(adminPayload.getBytes()) + "." + parts[2];

        SignedJWT foreign = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder()
                .issuer("kiosk").subject(someone.toString()).claim("roles", List.of("CUSTOMER"))
                .expirationTime(new Date(System.currentTimeMillis() + 60_000)).build());
        foreign.sign(new RSASSASigner(new RSAKeyGenerator(2048).generate()));

        for (String refused : List.of(tokens.expiredFor(someone, Role.CUSTOMER), tampered, foreign.serialize(),
                tokens.fromIssuer("someone-else", someone, Role.CUSTOMER), tokens.forAccount(someone), "not.a.jwt")) {
            Answer answer = http.as(refused).send(POST, "/api/carts", null);
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.text("type")).isEqualTo("/problems/unauthorized");
        }
    }

    @Test
    void every_response_carries_security_headers() {
        Answer answer = http.send(POST, "/api/auth/login", "{\"email\":\"x@example.com\",\"password\":\"whatever it is\"}");
        assertThat(answer.headers()).containsEntry("x-content-type-options", "nosniff")
                .containsEntry("x-frame-options", "DENY")
                .containsEntry("referrer-policy", "no-referrer")
                .containsEntry("cache-control", "no-cache, no-store, max-age=0, must-revalidate")
                .containsKey("content-security-policy");
    }

    @Test
    void only_configured_origins_may_call_from_a_browser() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Function<String, HttpResponse<String>> preflightFrom = origin -> {
            try {
                return client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/auth/login"))
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .header("Origin", origin)
                        .header("Access-Control-Request-Method", "POST")
                        .build(), HttpResponse.BodyHandlers.ofString());
            } catch (Exception failed) {
                throw new IllegalStateException(failed);
            }
        };
        var allowed = preflightFrom.apply("https://shop.example");
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("https://shop.example");

        var foreign = preflightFrom.apply("https://evil.example");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void the_public_key_set_is_published() {
        Answer jwks = http.send(GET, "/.well-known/jwks.json", null);
        assertThat(jwks.status()).isEqualTo(200);
        assertThat(jwks.body().path("keys").get(0).path("kty").asText()).isEqualTo("RSA");
        assertThat(jwks.body().path("keys").get(0).has("d")).as("never the private key").isFalse();
    }
}
