package io.kiosk.command.orderprocess;

import io.kiosk.api.order.OrderId;
import io.kiosk.command.orderprocess.OrderContacts.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * How Kiosk writes to a customer about their order (and its refunds): to the contact given at checkout, kept by
 * {@link OrderContacts}. A mail that cannot be sent is logged and not retried: the state is always on the order's
 * page. Orders placed before checkout asked for a contact get no mail.
 */
@Component
public class OrderMail {

    private static final Logger log = LoggerFactory.getLogger(OrderMail.class);

    private final OrderContacts contacts;
    private final JavaMailSender mail;
    private final String from;

    public OrderMail(OrderContacts contacts, JavaMailSender mail, @Value("${kiosk.mail.from}") String from) {
        this.contacts = contacts;
        this.mail = mail;
        this.from = from;
    }

    /** The order's checkout contact; empty for an order placed without one. */
    public Optional<Recipient> recipient(OrderId orderId) {
        return contacts.of(orderId);
    }

    public void send(OrderId orderId, Recipient to, String subject, String text) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to.email().value());
        message.setSubject(subject);
        message.setText(text);
        try {
            mail.send(message);
        } catch (MailException unsent) {
            log.warn("order {}: could not send '{}': {}", orderId, subject, unsent.getMessage());
        }
    }
}
