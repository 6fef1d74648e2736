package io.kiosk.command.orderprocess;

import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.customer.Language;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.command.customer.CustomerLanguages;
import io.kiosk.command.identity.AccountAddresses;
import io.kiosk.command.mail.MailTexts;
import io.kiosk.command.orderprocess.OrderContacts.Recipient;
import io.kiosk.command.outbox.NotificationKey;
import io.kiosk.command.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * How Kiosk writes to a customer about their order (and its refunds): to the address of the customer's account, which
 * they proved is theirs when they registered, never to the contact typed in at checkout (which could be anyone's:
 * Kiosk would mail whatever a stranger wrote to whomever they named). The mail greets the checkout contact by name
 * and is written in the language the customer reads Kiosk in now; the contact and the order's total are kept by
 * {@link OrderContacts} from the order's placement, since later events carry only the order id and no mail reads the
 * order's events back. Each mail goes to the outbox keyed by the event it tells about, so an event handled twice
 * mails once; the outbox sends it after the handler's transaction commits. Orders placed before checkout asked for
 * details, and customers without a verified address, get no mail.
 */
@Component
public class OrderMail {

    private static final Logger log = LoggerFactory.getLogger(OrderMail.class);

    private final OrderContacts contacts;
    private final CustomerLanguages languages;
    private final AccountAddresses addresses;
    private final MailTexts texts;
    private final Outbox outbox;

    public OrderMail(OrderContacts contacts, CustomerLanguages languages, AccountAddresses addresses, MailTexts texts,
                     Outbox outbox) {
        this.contacts = contacts;
        this.languages = languages;
        this.addresses = addresses;
        this.texts = texts;
        this.outbox = outbox;
    }

    /** The order's checkout contact and total; empty for an order placed without a contact. */
    public Optional<Recipient> recipient(OrderId orderId) {
        return contacts.of(orderId);
    }

    /** Writes mail {@code key} about the event {@code eventId}, an order being placed. */
    public void write(String eventId, OrderPlaced placed, String key, Object... arguments) {
        write(eventId, new Recipient(placed.customerId(), placed.details().contact().name(), placed.details().contact().email(),
                placed.total()), key, arguments);
    }

    /**
     * Writes mail {@code key} (see {@link MailTexts}) about the event {@code eventId} to the customer who placed the
     * order, in their language: its first argument is the greeting of the checkout contact, the others follow.
     */
    public void write(String eventId, Recipient recipient, String key, Object... arguments) {
        Optional<EmailAddress> to = addresses.verifiedAddressOf(recipient.customerId());
        if (to.isEmpty()) {
            log.info("customer {} has no verified address; mail {} not sent", recipient.customerId(), key);
            return;
        }
        Object[] all = new Object[arguments.length + 1];
        all[0] = texts.greeting(recipient.name());
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        Language language = languages.of(recipient.customerId());
        outbox.mail(NotificationKey.of(eventId, key), to.get(), texts.mail(key, language, all));
    }

    /** Writes mail {@code key} about the event {@code eventId} of order {@code orderId}, if it has a contact. */
    public void write(String eventId, OrderId orderId, String key, Object... arguments) {
        recipient(orderId).ifPresent(to -> write(eventId, to, key, arguments));
    }
}
