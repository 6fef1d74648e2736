package io.kiosk.launcher;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Brings people into the running system the way they really arrive: registering, or made staff by the admin. */
final class People {

    /** The code in the verification mail's link to the web app (the mail shows it on its own line too). */
    private static final Pattern MAILED_CODE = Pattern.compile("/account/verify\\?token=(\\S+)");

    private final KioskSystem kiosk;
    private final Http commands;

    People(KioskSystem kiosk) {
        this.kiosk = kiosk;
        this.commands = new Http(kiosk.commandApi());
    }

    /** Registers, confirms the mailed code and logs in; answers the access token. */
    String customer(String name) throws InterruptedException {
        String email = name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Http.Answer registered = commands.post("/api/customers/registrations", """
                {"email":"%s","name":"%s","phone":"+8613800138000","password":"a long secret phrase"}""".formatted(email, name));
        assertThat(registered.status()).isEqualTo(202);
        // registered without a language, so written to in Chinese: "confirm your e-mail address"
        String mail = kiosk.mailbox().await(email, "请确认您的电子邮箱", Duration.ofSeconds(20))
                .orElseThrow(() -> new AssertionError("no verification mail for " + email)).body();
        Matcher code = MAILED_CODE.matcher(mail);
        assertThat(code.find()).as("a code in: " + mail).isTrue();
        assertThat(commands.post("/api/customers/verification", "{\"token\":\"" + code.group(1) + "\"}").status()).isEqualTo(204);
        return login(email, "a long secret phrase");
    }

    /** An account of a staff role, created by the bootstrapped administrator; answers its access token. */
    String staff(String role) {
        String admin = login(RunningKiosk.ADMIN_EMAIL, RunningKiosk.ADMIN_PASSWORD);
        String email = role.toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8) + "@kiosk.test";
        Http.Answer created = commands.as(admin).post("/api/admin/accounts", """
                {"email":"%s","password":"a long staff phrase","role":"%s"}""".formatted(email, role));
        assertThat(created.status()).isEqualTo(201);
        return login(email, "a long staff phrase");
    }

    /** The bootstrapped administrator's access token. */
    String admin() {
        return login(RunningKiosk.ADMIN_EMAIL, RunningKiosk.ADMIN_PASSWORD);
    }

    private String login(String email, String password) {
        Http.Answer tokens = commands.post("/api/auth/login", """
                {"email":"%s","password":"%s"}""".formatted(email, password));
        assertThat(tokens.status()).as("login of " + email).isEqualTo(200);
        return tokens.text("accessToken");
    }
}
