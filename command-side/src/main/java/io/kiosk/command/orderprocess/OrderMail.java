package io.kiosk.command.orderprocess;

import io.kiosk.api.customer.Language;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.command.customer.CustomerLanguages;
import io.kiosk.command.mail.MailDelivery;
import io.kiosk.command.mail.MailTexts;
import io.kiosk.command.orderprocess.OrderContacts.Recipient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * How Kiosk writes to a customer about their order (and its refunds): to the contact given at checkout, kept with
 * the order's total by {@link OrderContacts} from the order's placement (later events carry only the order id, and
 * no mail reads the order's events back), in the language the customer who placed it reads Kiosk in now. A mail that
 * cannot be sent is logged and not retried: the state is always on the order's page. Orders placed before checkout
 * asked for a contact get no mail.
 */
@Component
public class OrderMail {

    private final OrderContacts contacts;
    private final CustomerLanguages languages;
    private final MailTexts texts;
    private final MailDelivery delivery;

    public OrderMail(OrderContacts contacts, CustomerLanguages languages, MailTexts texts, MailDelivery delivery) {
        this.contacts = contacts;
        this.languages = languages;
        this.texts = texts;
        this.delivery = delivery;
    }

    /** The order's checkout contact and total; empty for an order placed without a contact. */
    public Optional<Recipient> recipient(OrderId orderId) {
        return contacts.of(orderId);
    }

    /** Writes mail {@code key} about an order being placed, to its checkout contact. */
    public void write(OrderPlaced placed, String key, Object... arguments) {
        write(new Recipient(placed.customerId(), placed.details().contact().name(), placed.details().contact().email(),
                placed.total()), key, arguments);
    }

    /**
     * Writes mail {@code key} (see {@link MailTexts}) to the order's contact, in the customer's language: its first
     * argument is the greeting of the contact, the others follow.
     */
    public void write(Recipient to, String key, Object... arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = texts.greeting(to.name());
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        Language language = languages.of(to.customerId());
        delivery.deliver(to.email(), texts.mail(key, language, all));
    }

    /** Writes mail {@code key} about the order {@code orderId}, if it was placed with a contact to write to. */
    public void write(OrderId orderId, String key, Object... arguments) {
        recipient(orderId).ifPresent(to -> write(to, key, arguments));
    }
}
