package io.kiosk.command.orderprocess;

import io.kiosk.api.customer.Language;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.command.customer.CustomerLanguages;
import io.kiosk.command.mail.MailDelivery;
import io.kiosk.command.mail.MailTexts;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * How Kiosk writes to a customer about their order (and its refunds): to the contact given at checkout, read from
 * the order's {@link OrderPlaced} in the event store, since later events carry only the order id, in the language
 * the customer who placed it reads Kiosk in now. A mail that cannot be sent is logged and not retried: the state is
 * always on the order's page. Orders placed before checkout asked for a contact get no mail.
 */
@Component
public class OrderMail {

    private final EventStore events;
    private final CustomerLanguages languages;
    private final MailTexts texts;
    private final MailDelivery delivery;

    public OrderMail(EventStore events, CustomerLanguages languages, MailTexts texts, MailDelivery delivery) {
        this.events = events;
        this.languages = languages;
        this.texts = texts;
        this.delivery = delivery;
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

    /**
     * Writes mail {@code key} (see {@link MailTexts}) to the checkout contact of the order, in the customer's language:
     * its first argument is the greeting of the contact, the others follow.
     */
    public void write(OrderPlaced placed, String key, Object... arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = texts.greeting(placed.details().contact().name());
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        Language language = languages.of(placed.customerId());
        delivery.deliver(placed.details().contact().email(), texts.mail(key, language, all));
    }

    /** Writes mail {@code key} about the order {@code orderId}, if it was placed with a contact to write to. */
    public void write(OrderId orderId, String key, Object... arguments) {
        placement(orderId).ifPresent(placed -> write(placed, key, arguments));
    }
}
