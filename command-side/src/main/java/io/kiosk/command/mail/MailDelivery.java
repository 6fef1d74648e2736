package io.kiosk.command.mail;

import io.kiosk.api.customer.EmailAddress;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a mail, as UTF-8 plain text whatever the mail server's settings (Chinese must arrive as Chinese). A mail that
 * cannot be sent is logged, never fatal: whatever it said can be asked for again or read on the web app's pages.
 */
@Component
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final JavaMailSender sender;
    private final String from;

    public MailDelivery(JavaMailSender sender, @Value("${kiosk.mail.from}") String from) {
        this.sender = sender;
        this.from = from;
    }

    public void deliver(EmailAddress to, Mail mail) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to.value());
            helper.setSubject(mail.subject());
            helper.setText(mail.text());
            sender.send(message);
        } catch (MailException | MessagingException unsent) {
            log.warn("could not send '{}': {}", mail.subject(), unsent.getMessage());
        }
    }
}
