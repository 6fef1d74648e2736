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
import org.springframework.stereotype.Component;

import java.util.stream.Collectors;

/**
 * Tells the customer how their order is doing, by mail to the contact given at checkout ({@link OrderMail}), in the
 * customer's language, each mail linking to the order's page in the web app: placed (with the confirmation summary),
 * paid, shipped, delivered, cancelled or expired. It runs in a tracking processor of its own, after the order's
 * events are stored, so a mail server that is down never holds up or rolls back an order. A redelivered event may
 * send its mail twice.
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
    void on(OrderPlaced event) {
        if (event.details() == null) {
            return;
        }
        CheckoutDetails details = event.details();
        Wording lines = language -> event.lines().stream().map(line -> describe(line).in(language))
                .collect(Collectors.joining("\n"));
        mail.write(event, "order.placed", event.orderId(), web.order(event.orderId()), lines, event.total(),
                MailTexts.address(details.address()), details.region(),
                texts.phrase("payment.method." + details.paymentMethod().name()));
    }

    @EventHandler
    void on(OrderPaid event) {
        mail.placement(event.orderId()).ifPresent(placed ->
                mail.write(placed, "order.paid", event.orderId(), web.order(event.orderId()), placed.total()));
    }

    @EventHandler
    void on(OrderShipped event) {
        mail.write(event.orderId(), "order.shipped", event.orderId(), web.order(event.orderId()), event.carrier(),
                event.trackingNumber(), event.eta().earliest(), event.eta().latest());
    }

    @EventHandler
    void on(OrderDelivered event) {
        mail.write(event.orderId(), "order.delivered", event.orderId(), web.order(event.orderId()));
    }

    @EventHandler
    void on(OrderCancelled event) {
        mail.write(event.orderId(), "order.cancelled", event.orderId(), web.order(event.orderId()),
                texts.phrase("order.cancelled.because." + event.reason().name()),
                texts.phrase(event.wasPaid() ? "order.cancelled.paid" : "order.cancelled.unpaid"));
    }

    @EventHandler
    void on(OrderExpired event) {
        mail.write(event.orderId(), "order.expired", event.orderId(), web.order(event.orderId()));
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
