package io.kiosk.command.identity;

import io.kiosk.api.customer.EmailAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The mails identity sends. A mail that cannot be sent is logged, never fatal: every one of them
 * can be asked for again (resend verification, request another reset).
 */
@Component
class IdentityMails {

    private static final Logger log = LoggerFactory.getLogger(IdentityMails.class);

    private final JavaMailSender mail;
    private final String from;
    private final String publicUrl;

    IdentityMails(JavaMailSender mail, @Value("${kiosk.mail.from}") String from, @Value("${kiosk.public-url}") String publicUrl) {
        this.mail = mail;
        this.from = from;
        this.publicUrl = publicUrl;
    }

    void verifyYourAddress(EmailAddress to, String name, String token) {
        send(to, "Kiosk: confirm your e-mail address", """
                Hello %s,

                welcome to Kiosk. Confirm that this address is yours with this code:

                    %s

                (POST %s/api/customers/verification with {"token": "<the code>"}, or paste it into the app.)
                The code is valid for two days. If you did not register, ignore this mail.
                """.formatted(name, token, publicUrl));
    }

    void alreadyRegistered(EmailAddress to) {
        send(to, "Kiosk: someone tried to register with your address", """
                Hello,

                someone (perhaps you) tried to register a new Kiosk account with this address, which
                already has one. If it was you, log in instead, or reset your password at
                %s/api/auth/password-reset. If not, you need do nothing.
                """.formatted(publicUrl));
    }

    void resetYourPassword(EmailAddress to, String token) {
        send(to, "Kiosk: reset your password", """
                Hello,

                use this code to choose a new password (valid for 30 minutes):

                    %s

                (POST %s/api/auth/password-reset/confirm with {"token": "<the code>", "newPassword": "..."}.)
                If you did not ask for this, ignore this mail: your password stays as it is.
                """.formatted(token, publicUrl));
    }

    void passwordChanged(EmailAddress to) {
        send(to, "Kiosk: your password was changed", """
                Hello,

                the password of your Kiosk account was just changed, and every device was logged out.
                If this was not you, reset your password at once: %s/api/auth/password-reset.
                """.formatted(publicUrl));
    }

    private void send(EmailAddress to, String subject, String text) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to.value());
        message.setSubject(subject);
        message.setText(text);
        try {
            mail.send(message);
        } catch (MailException unsent) {
            log.warn("could not send '{}': {}", subject, unsent.getMessage());
        }
    }
}
