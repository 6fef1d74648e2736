package io.kiosk.command.orderprocess;

import io.kiosk.api.order.CancellationReason;
import io.kiosk.api.order.CheckoutDetails;
import io.kiosk.api.order.OrderCancelled;
import io.kiosk.api.order.OrderDelivered;
import io.kiosk.api.order.OrderExpired;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderPaid;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.order.OrderShipped;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.stream.Collectors;

/**
 * Tells the customer how their order is doing, by mail to the contact given at checkout ({@link OrderMail}; the
 * contact is kept by {@link OrderContacts}): placed (with the confirmation summary), paid, shipped, delivered, cancelled or expired. It runs in a
 * tracking processor of its own, after the order's events are stored, so a mail server that is down
 * never holds up or rolls back an order. A redelivered event may send its mail twice.
 */
@Component
@ProcessingGroup(OrderNotifications.PROCESSING_GROUP)
class OrderNotifications {

    static final String PROCESSING_GROUP = "order-notifications";

    private final OrderMail mail;
    private final String publicUrl;

    OrderNotifications(OrderMail mail, @Value("${kiosk.public-url}") String publicUrl) {
        this.mail = mail;
        this.publicUrl = publicUrl;
    }

    @EventHandler
    void on(OrderPlaced event) {
        if (event.details() == null) {
            return;
        }
        CheckoutDetails details = event.details();
        String lines = event.lines().stream().map(OrderNotifications::describe).collect(Collectors.joining("\n"));
        send(event.orderId(), new OrderContacts.Recipient(details.contact().name(), details.contact().email(), event.total()),
                "Kiosk: we have your order " + event.orderId(), """
                Hello %s,

                thank you for your order %s:

                %s

                    Total: %s

                Delivery to: %s, %s%s, %s %s, %s (delivery region %s)
                Paying with: %s

                We are holding the goods for you now; you will be asked to pay next, and we will tell you
                when to expect them. Follow your order at %s/api/orders/%s.
                """.formatted(details.contact().name(), event.orderId(), lines, event.total(),
                details.address().recipient(), details.address().line1(),
                details.address().line2() == null ? "" : ", " + details.address().line2(),
                details.address().postalCode(), details.address().city(), details.address().country(),
                details.region(), details.paymentMethod(), publicUrl, event.orderId()));
    }

    @EventHandler
    void on(OrderPaid event) {
        mail.recipient(event.orderId()).ifPresent(to -> send(event.orderId(), to,
                "Kiosk: your order " + event.orderId() + " is paid", """
                Hello %s,

                we received %s for your order %s. The warehouse is preparing it; we will write again
                when it leaves.
                """.formatted(to.name(), to.orderTotal(), event.orderId())));
    }

    @EventHandler
    void on(OrderShipped event) {
        mail.recipient(event.orderId()).ifPresent(to -> send(event.orderId(), to,
                "Kiosk: your order " + event.orderId() + " is on its way", """
                Hello %s,

                your order %s left with %s, tracking number %s.
                It should reach you between %s and %s.
                """.formatted(to.name(), event.orderId(), event.carrier(),
                event.trackingNumber(), event.eta().earliest(), event.eta().latest())));
    }

    @EventHandler
    void on(OrderDelivered event) {
        mail.recipient(event.orderId()).ifPresent(to -> send(event.orderId(), to,
                "Kiosk: your order " + event.orderId() + " was delivered", """
                Hello %s,

                your order %s was delivered. We hope you enjoy it.
                """.formatted(to.name(), event.orderId())));
    }

    @EventHandler
    void on(OrderCancelled event) {
        mail.recipient(event.orderId()).ifPresent(to -> send(event.orderId(), to,
                "Kiosk: your order " + event.orderId() + " is cancelled", """
                Hello %s,

                your order %s is cancelled: %s.%s
                """.formatted(to.name(), event.orderId(), because(event.reason()),
                event.wasPaid() ? " The money you paid will be refunded." : " Nothing was charged.")));
    }

    @EventHandler
    void on(OrderExpired event) {
        mail.recipient(event.orderId()).ifPresent(to -> send(event.orderId(), to,
                "Kiosk: your order " + event.orderId() + " expired", """
                Hello %s,

                we did not receive the payment for your order %s in time, so it is closed and the goods
                we held for you went back on the shelf. Nothing was charged; you are welcome to order again.
                """.formatted(to.name(), event.orderId())));
    }

    private static String describe(OrderLine line) {
        String options = line.options().values().entrySet().stream()
                .map(choice -> choice.getKey() + ": " + choice.getValue())
                .collect(Collectors.joining(", "));
        return "    %d x %s%s at %s = %s".formatted(line.quantity().value(), productName(line),
                options.isEmpty() ? "" : " (" + options + ")", line.unitPrice(), line.lineTotal());
    }

    /** The name the product was sold as, in both languages; lines stored before names were kept show the product id. */
    private static String productName(OrderLine line) {
        return line.label() == null ? line.productId().toString()
                : "%s %s [%s]".formatted(line.label().name().en(), line.label().name().zh(), line.productId());
    }

    private static String because(CancellationReason reason) {
        return switch (reason) {
            case CUSTOMER_REQUEST -> "you asked us to cancel it";
            case OUT_OF_STOCK -> "we could not hold every item for you, some are out of stock";
            case PAYMENT_FAILED -> "the payment did not go through";
            case BACK_OFFICE -> "our staff had to stop it; they will contact you";
        };
    }

    private void send(OrderId orderId, OrderContacts.Recipient to, String subject, String text) {
        mail.send(orderId, to, subject, text);
    }
}
