package io.kiosk.command.mail;

import io.kiosk.api.customer.EmailAddress;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands a mail to the mail server, as UTF-8 plain text whatever the server's settings (Chinese must arrive as
 * Chinese). Only the outbox's worker calls it, after the mail was stored: nothing that answers a request or handles
 * an event waits for a mail server.
 */
@Component
public class MailDelivery {

    private final JavaMailSender sender;
    private final String from;
    private final String domain;

    public MailDelivery(JavaMailSender sender, @Value("${kiosk.mail.from}") String from) {
        this.sender = sender;
        this.from = from;
        this.domain = domainOf(from);
    }

    /**
     * Sends the mail; a {@link MailException} says it was not sent (the server away, or refusing it). {@code mailId} is
     * the same on every try of one mail and becomes its {@code Message-ID}: a mail sent again because a crash came between
     * the server taking it and the outbox noting it is the same message to the recipient's mail system, which shows it once.
     */
    public void deliver(EmailAddress to, Mail mail, String mailId) {
        MimeMessage message = sender.createMimeMessage();
        try {
            // kept by Spring's sender (JavaMail would otherwise make a new one on every try)
            message.setHeader("Message-ID", "<" + mailId + "@" + domain + ">");
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to.value());
            helper.setSubject(mail.subject());
            helper.setText(mail.text());
        } catch (MessagingException unwritable) {
            throw new MailPreparationException("the mail could not be written: " + unwritable.getMessage(), unwritable);
        }
        sender.send(message);
    }

    private static String domainOf(String from) {
        try {
            String address = new InternetAddress(from).getAddress();
            return address.substring(address.lastIndexOf('@') + 1);
        } catch (AddressException | RuntimeException unreadable) {
            return "kiosk.local";
        }
    }
}
