package io.kiosk.bench;

import io.kiosk.launcher.KioskSettings;
import io.kiosk.launcher.LocalMailbox;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People as they arrive in Kiosk: customers register, confirm the code they were mailed and log in;
 * staff accounts are created by the administrator. Every one of them is a real account with a real token.
 */
final class Shoppers {

    private static final Pattern MAILED_CODE = Pattern.compile("\\n {4}(\\S+)\\n");
    private static final String PASSWORD = "a long benchmark phrase";

    private final Api commands;
    private final LocalMailbox mailbox;
    private final KioskSettings.Admin admin;

    Shoppers(Api commands, LocalMailbox mailbox, KioskSettings.Admin admin) {
        this.commands = commands;
        this.mailbox = mailbox;
        this.admin = admin;
    }

    /** An account and its password; access tokens live 15 minutes, so scenarios log in when they start. */
    record Account(String email, String password) {
    }

    /** A new customer, registered and confirmed. */
    Account customer(String name) throws IOException, InterruptedException {
        String email = name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        commands.post("/api/customers/registrations", """
                {"email":"%s","name":"%s","phone":"+8613800138000","password":"%s","language":"en"}""".formatted(email, name, PASSWORD))
                .expect(202);
        String mail = mailbox.await(email, "confirm your e-mail", Duration.ofSeconds(30))
                .orElseThrow(() -> new IllegalStateException("no verification mail for " + email)).body();
        Matcher code = MAILED_CODE.matcher(mail);
        if (!code.find()) {
            throw new IllegalStateException("no code in the verification mail: " + mail);
        }
        commands.post("/api/customers/verification", "{\"token\":\"" + code.group(1) + "\"}").expect(204);
        return new Account(email, PASSWORD);
    }

    /** A new staff account of {@code role} (BACK_OFFICE, ANALYST, ...), created by the administrator. */
    Account staff(String role) throws IOException, InterruptedException {
        String email = role.toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8) + "@kiosk.bench";
        commands.as(login(admin.email(), admin.password())).post("/api/admin/accounts", """
                {"email":"%s","password":"%s","role":"%s"}""".formatted(email, PASSWORD, role)).expect(201);
        return new Account(email, PASSWORD);
    }

    /** A fresh access token of {@code account}. */
    String login(Account account) throws IOException, InterruptedException {
        return login(account.email(), account.password());
    }

    private String login(String email, String password) throws IOException, InterruptedException {
        return commands.post("/api/auth/login", """
                {"email":"%s","password":"%s"}""".formatted(email, password)).expect(200).text("accessToken");
    }
}
