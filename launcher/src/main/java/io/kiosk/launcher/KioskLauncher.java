package io.kiosk.launcher;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The run command's entry point: starts Kiosk on this machine and keeps it running until Ctrl-C.
 * Configured by environment variables: {@code KIOSK_DB_URL}, {@code KIOSK_DB_USER},
 * {@code KIOSK_DB_PASSWORD} for an existing PostgreSQL; {@code KIOSK_ELASTICSEARCH_URL} for an
 * existing Elasticsearch; {@code KIOSK_SMTP_HOST} (and the other {@code KIOSK_SMTP_*}) for a real
 * mail server; {@code KIOSK_ADMIN_EMAIL}, {@code KIOSK_ADMIN_PASSWORD} for the first administrator;
 * {@code KIOSK_COMMAND_PORT}, {@code KIOSK_QUERY_PORT} and {@code KIOSK_WEB_PORT}; {@code KIOSK_PAYMENTS_PROVIDER} ({@code sandbox}
 * unless set to {@code providers}); {@code KIOSK_WEB_URL}, the web app mails link to (where the web app started
 * here runs, {@code http://localhost:8082}, unless set). Without them, PostgreSQL and
 * Elasticsearch run embedded with their data in {@code .kiosk-data/}, mails are caught and printed
 * on this console, the administrator {@code admin@kiosk.local} gets a generated password, kept
 * in {@code .kiosk-data/admin-password} (never printed), and tokens are signed with a key pair kept
 * in {@code .kiosk-data/jwt-signing-key.pem} and {@code jwt-verification-key.pem} unless
 * {@code KIOSK_JWT_PRIVATE_KEY} is set. An application that dies is restarted (three times in ten
 * minutes at most; then everything stops and this command exits with status 1).
 */
public final class KioskLauncher {

    private KioskLauncher() {
    }

    public static void main(String[] args) {
        Path data = Path.of(System.getProperty("kiosk.data", ".kiosk-data"));
        boolean localMail = env("KIOSK_SMTP_HOST").isEmpty();
        KioskSettings.Admin admin = env("KIOSK_ADMIN_EMAIL")
                .map(email -> new KioskSettings.Admin(email, env("KIOSK_ADMIN_PASSWORD").orElseThrow(() ->
                        new IllegalStateException("KIOSK_ADMIN_EMAIL is set, KIOSK_ADMIN_PASSWORD is not"))))
                .orElseGet(() -> new KioskSettings.Admin("admin@kiosk.local", LocalSecrets.adminPassword(data)));
        KioskSettings settings = new KioskSettings(
                Path.of(required("kiosk.command-side.jar")),
                Path.of(required("kiosk.query-side.jar")),
                Optional.of(Path.of(required("kiosk.web.jar"))),
                Integer.parseInt(env("KIOSK_COMMAND_PORT").orElse("8080")),
                Integer.parseInt(env("KIOSK_QUERY_PORT").orElse("8081")),
                Integer.parseInt(env("KIOSK_WEB_PORT").orElse("8082")),
                env("KIOSK_DB_URL").map(url -> new Database(url,
                        env("KIOSK_DB_USER").orElse("kiosk"), env("KIOSK_DB_PASSWORD").orElse(""))),
                env("KIOSK_ELASTICSEARCH_URL"),
                data,
                true,
                Optional.empty(),
                localMail,
                localMail ? KioskLauncher::print : null,
                Optional.of(admin),
                Map.of());
        KioskSystem kiosk = KioskSystem.start(settings);
        System.out.printf("""

                Kiosk is running (Ctrl-C stops it).
                  storefront   %8$s      <- open this in a browser
                  command API  %1$s/api      (OpenAPI: %1$s/swagger-ui.html)
                  query API    %2$s/api      (OpenAPI: %2$s/swagger-ui.html)
                  health       %1$s/actuator/health, %2$s/actuator/health
                  PostgreSQL   %3$s
                  Elasticsearch %4$s
                  admin        %5$s %6$s
                  mail         %7$s
                %n""", kiosk.commandApi(), kiosk.queryApi(), kiosk.database().jdbcUrl(), kiosk.elasticsearchUrl(),
                admin.email(), env("KIOSK_ADMIN_PASSWORD").isPresent() ? "(the configured password)"
                        : "(password in " + data.resolve("admin-password") + ")",
                localMail ? "caught locally and printed here" : "sent through " + env("KIOSK_SMTP_HOST").orElseThrow(),
                kiosk.webApp());
        // runs until Ctrl-C, when KioskSystem's shutdown hook stops the applications, then the servers; or until an
        // application keeps dying, when the system has stopped itself
        String reason = kiosk.stoppedItself().join();
        System.err.printf("%nKiosk stopped: %s%n", reason);
        System.exit(1);
    }

    private static void print(LocalMailbox.Mail mail) {
        System.out.printf("%n----- mail to %s: %s%n%s%n-----%n", mail.to(), mail.subject(), mail.body().strip());
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("system property " + property + " is not set; start Kiosk with the README's run command");
        }
        return value;
    }
}
