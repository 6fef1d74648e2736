package io.kiosk.launcher.browser;

import io.kiosk.client.KioskClients;
import io.kiosk.client.command.ApiException;
import io.kiosk.client.command.api.IdentityApi;
import io.kiosk.client.command.model.RegistrationRequest;
import io.kiosk.client.command.model.VerificationRequest;
import io.kiosk.launcher.KioskSystem;
import io.kiosk.launcher.LocalMailbox;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Customers for browser tests that need one but are not about registering: registered and confirmed through the
 * command API (the generated client), as the registration page would, so a test can start at the login page. The
 * mailed code is read from the system tests' local mailbox.
 */
public final class Customers {

    public static final String PASSWORD = "a long secret phrase";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** The code in the verification mail: in its link to the web app, or on a line of its own. */
    private static final Pattern CODE_IN_LINK = Pattern.compile("/account/verify\\?token=([^\\s&]+)");
    private static final Pattern CODE_ON_ITS_OWN_LINE = Pattern.compile("\\n {4}(\\S+)\\n");

    private Customers() {
    }

    /** A customer who may log in. */
    public record Customer(String email, String name, String password) {
    }

    /** A new e-mail address no one has registered. */
    public static String newAddress(String name) {
        return name.toLowerCase().replaceAll("[^a-z]", "") + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    /** Registers and confirms a new customer called {@code name}. */
    public static Customer registered(KioskSystem kiosk, String name) throws ApiException, InterruptedException {
        String email = newAddress(name);
        IdentityApi identity = new IdentityApi(KioskClients.commandApi(kiosk.commandApi(), Optional::empty));
        identity.registerCustomer(new RegistrationRequest().email(email).name(name).phone("+8613800138000").password(PASSWORD));
        identity.verifyEmail(new VerificationRequest().token(mailedCode(kiosk, email)));
        return new Customer(email, name, PASSWORD);
    }

    /** The code of the newest verification mail sent to {@code email}, waiting for it to arrive. */
    public static String mailedCode(KioskSystem kiosk, String email) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<String> code = kiosk.mailbox().mails().stream()
                    .filter(mail -> mail.to().equalsIgnoreCase(email))
                    .map(LocalMailbox.Mail::body)
                    .map(Customers::code)
                    .flatMap(Optional::stream)
                    .reduce((first, newest) -> newest);
            if (code.isPresent()) {
                return code.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail with a code for " + email + " within " + PATIENCE);
    }

    /** The verification link of the newest mail to {@code email} that has one, waiting up to {@code patience} for it. */
    public static String mailedLink(KioskSystem kiosk, String email, Duration patience) throws InterruptedException {
        Pattern link = Pattern.compile("(https?://\\S+/account/verify\\?token=[^\\s&]+)");
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<String> found = kiosk.mailbox().mails().stream().filter(mail -> mail.to().equalsIgnoreCase(email))
                    .map(mail -> link.matcher(mail.body())).filter(Matcher::find).map(match -> match.group(1))
                    .reduce((first, newest) -> newest);
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail with a verification link for " + email + " within " + patience);
    }

    private static Optional<String> code(String body) {
        Matcher link = CODE_IN_LINK.matcher(body);
        if (link.find()) {
            return Optional.of(java.net.URLDecoder.decode(link.group(1), java.nio.charset.StandardCharsets.UTF_8));
        }
        Matcher line = CODE_ON_ITS_OWN_LINE.matcher(body);
        return line.find() ? Optional.of(line.group(1)) : Optional.empty();
    }
}
