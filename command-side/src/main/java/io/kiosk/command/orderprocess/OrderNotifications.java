package io.kiosk.command.orderprocess;

import io.kiosk.api.order.CheckoutDetails;
import io.kiosk.api.order.OrderCancelled;
import io.kiosk.api.order.OrderDelivered;
import io.kiosk.api.order.OrderExpired;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderPaid;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.order.OrderShipped;
import io.kiosk.command.mail.MailTexts;
import io.kiosk.command.mail.WebPages;
import io.kiosk.command.mail.Wording;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.util.stream.Collectors;

/**
 * Tells the customer how their order is doing, by mail to their account's verified address ({@link OrderMail}), in
 * the customer's language, each mail linking to the order's page in the web app: placed (with the confirmation
 * summary), paid, shipped, delivered, cancelled or expired. It runs in a tracking processor of its own, after the
 * order's events are stored, and only writes each mail to the outbox, keyed by the event's id, in the transaction
 * that moves its token: a redelivered event mails nothing more, and a mail server that is down never holds up an
 * order (the outbox tries again later). Its processor is segmented by order.
 */
@Component
@ProcessingGroup(OrderNotifications.PROCESSING_GROUP)
class OrderNotifications {

    static final String PROCESSING_GROUP = "order-notifications";

    private final OrderMail mail;
    private final MailTexts texts;
    private final WebPages web;

    OrderNotifications(OrderMail mail, MailTexts texts, WebPages web) {
        this.mail = mail;
        this.texts = texts;
        this.web = web;
    }

    @EventHandler
    void on(OrderPlaced event, @MessageIdentifier String eventId) {
        if (event.details() == null) {
            return;
        }
        CheckoutDetails details = event.details();
        Wording lines = language -> event.lines().stream().map(line -> describe(line).in(language))
                .collect(Collectors.joining("\n"));
        mail.write(eventId, event, "order.placed", event.orderId(), web.order(event.orderId()), lines, event.total(),
                MailTexts.address(details.address()), details.region(),
                texts.phrase("payment.method." + details.paymentMethod().name()));
    }

    @EventHandler
    void on(OrderPaid event, @MessageIdentifier String eventId) {
        mail.recipient(event.orderId()).ifPresent(to ->
                mail.write(eventId, to, "order.paid", event.orderId(), web.order(event.orderId()), to.orderTotal()));
    }

    @EventHandler
    void on(OrderShipped event, @MessageIdentifier String eventId) {
        mail.write(eventId, event.orderId(), "order.shipped", event.orderId(), web.order(event.orderId()), event.carrier(),
                event.trackingNumber(), event.eta().earliest(), event.eta().latest());
    }

    @EventHandler
    void on(OrderDelivered event, @MessageIdentifier String eventId) {
        mail.write(eventId, event.orderId(), "order.delivered", event.orderId(), web.order(event.orderId()));
    }

    @EventHandler
    void on(OrderCancelled event, @MessageIdentifier String eventId) {
        mail.write(eventId, event.orderId(), "order.cancelled", event.orderId(), web.order(event.orderId()),
                texts.phrase("order.cancelled.because." + event.reason().name()),
                texts.phrase(event.wasPaid() ? "order.cancelled.paid" : "order.cancelled.unpaid"));
    }

    @EventHandler
    void on(OrderExpired event, @MessageIdentifier String eventId) {
        mail.write(eventId, event.orderId(), "order.expired", event.orderId(), web.order(event.orderId()));
    }

    /** One line of the confirmation: units, the product's name in the reader's language, options, prices. */
    private Wording describe(OrderLine line) {
        String options = line.options().values().entrySet().stream()
                .map(choice -> choice.getKey() + ": " + choice.getValue())
                .collect(Collectors.joining(", "));
        Wording name = line.label() == null ? language -> line.productId().toString() : MailTexts.localized(line.label().name());
        return texts.phrase("order.line", line.quantity().value(), name, options.isEmpty() ? "" : " (" + options + ")",
                line.unitPrice(), line.lineTotal());
    }
}
