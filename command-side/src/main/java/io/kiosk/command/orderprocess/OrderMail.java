package io.kiosk.command.orderprocess;

import io.kiosk.api.order.CheckoutDetails;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderPlaced;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * How Kiosk writes to a customer about their order (and its refunds): to the contact given at checkout, read from
 * the order's {@link OrderPlaced} in the event store, since later events carry only the order id. A mail that
 * cannot be sent is logged and not retried: the state is always on the order's page. Orders placed before checkout
 * asked for a contact get no mail.
 */
@Component
public class OrderMail {

    private static final Logger log = LoggerFactory.getLogger(OrderMail.class);

    private final EventStore events;
    private final JavaMailSender mail;
    private final String from;

    public OrderMail(EventStore events, JavaMailSender mail, @Value("${kiosk.mail.from}") String from) {
        this.events = events;
        this.mail = mail;
        this.from = from;
    }

    /** The order's placement, with the checkout details to write to; empty for an order placed without them. */
    public Optional<OrderPlaced> placement(OrderId orderId) {
        return events.readEvents(orderId.toString()).asStream()
                .map(message -> message.getPayload())
                .filter(OrderPlaced.class::isInstance)
                .map(OrderPlaced.class::cast)
                .filter(placed -> placed.details() != null)
                .findFirst();
    }

    public void send(OrderId orderId, CheckoutDetails details, String subject, String text) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(details.contact().email().value());
        message.setSubject(subject);
        message.setText(text);
        try {
            mail.send(message);
        } catch (MailException unsent) {
            log.warn("order {}: could not send '{}': {}", orderId, subject, unsent.getMessage());
        }
    }
}
