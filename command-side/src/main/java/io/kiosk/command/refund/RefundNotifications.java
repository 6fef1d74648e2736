package io.kiosk.command.refund;

import io.kiosk.api.order.OrderId;
import io.kiosk.api.refund.RefundApproved;
import io.kiosk.api.refund.RefundCompleted;
import io.kiosk.api.refund.RefundId;
import io.kiosk.api.refund.RefundLine;
import io.kiosk.api.refund.RefundReason;
import io.kiosk.api.refund.RefundRejected;
import io.kiosk.api.refund.RefundRequested;
import io.kiosk.api.refund.ReturnAccepted;
import io.kiosk.api.refund.ReturnAuthorised;
import io.kiosk.api.refund.ReturnDeadlinePassed;
import io.kiosk.api.refund.ReturnRefused;
import io.kiosk.command.orderprocess.OrderMail;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * Tells the customer how their refund is doing, by mail to the order's checkout contact ({@link OrderMail}, kept
 * from the order's placement): the request received, approved (with the return instructions when the goods come
 * back), rejected with the reason, the goods received and accepted or refused, the return deadline missed, and the
 * money back. The refund of a cancelled order is announced by the cancellation's own mail, so only its completion is
 * mailed (the cancellation refund's id is made from the order's, so it is known without looking anything up). It runs in a tracking
 * processor of its own from the head of the stream ({@code RefundConfiguration}), so mail trouble never holds up a
 * refund; a redelivered event may send its mail twice.
 */
@Component
@ProcessingGroup(RefundNotifications.PROCESSING_GROUP)
class RefundNotifications {

    static final String PROCESSING_GROUP = "refund-notifications";

    private final OrderMail mail;
    private final Clock mallClock;
    private final String publicUrl;

    RefundNotifications(OrderMail mail, @Qualifier("mallClock") Clock mallClock,
                        @Value("${kiosk.public-url}") String publicUrl) {
        this.mail = mail;
        this.mallClock = mallClock;
        this.publicUrl = publicUrl;
    }

    @EventHandler
    void on(RefundRequested event) {
        if (event.reason() == RefundReason.ORDER_CANCELLED) {
            return;
        }
        String lines = event.lines().stream().map(RefundNotifications::describe).collect(Collectors.joining("\n"));
        write(event.orderId(), "Kiosk: we received your refund request for order " + event.orderId(), """
                Hello %s,

                you asked for %s back for order %s (%s%s):

                %s

                %s Follow it at %s/api/refunds/%s.
                """, event.amount(), event.orderId(), event.reason(), event.note() == null ? "" : ": " + event.note(), lines,
                event.withReturn() ? "We will review it and tell you where to send the goods." : "We will review it and write again.",
                publicUrl, event.refundId());
    }

    @EventHandler
    void on(RefundApproved event) {
        if (event.withReturn() || (event.automatically() && cancellationRefund(event))) {
            return;
        }
        write(event.orderId(), "Kiosk: your refund for order " + event.orderId() + " is approved", """
                Hello %s,

                your refund of %s for order %s is approved%s. The money is on its way back to you the way you paid;
                we will write again when it is there.
                """, event.amount(), event.orderId(), event.note() == null ? "" : " (" + event.note() + ")");
    }

    @EventHandler
    void on(ReturnAuthorised event) {
        var address = event.returnAddress();
        write(event.orderId(), "Kiosk: your refund for order " + event.orderId() + " is approved: please send the goods back", """
                Hello %s,

                your refund request %s is approved. Please send the goods back to

                    %s, %s%s, %s %s, %s (phone %s)

                before %s, then tell us the carrier and tracking number at %s/api/refunds/%s/return-shipment.
                The money goes back to you once the goods have arrived and passed inspection.
                """, event.refundId(), address.recipient(), address.line1(), address.line2() == null ? "" : ", " + address.line2(),
                address.postalCode(), address.city(), address.country(), address.phone().value(),
                LocalDate.ofInstant(event.deadline(), mallClock.getZone()), publicUrl, event.refundId());
    }

    @EventHandler
    void on(RefundRejected event) {
        write(event.orderId(), "Kiosk: your refund request for order " + event.orderId() + " was not accepted", """
                Hello %s,

                we cannot accept your refund request %s: %s.
                Reply to this mail if you would like us to look at it again.
                """, event.refundId(), event.reason());
    }

    @EventHandler
    void on(ReturnAccepted event) {
        write(event.orderId(), "Kiosk: we received the goods you sent back for order " + event.orderId(), """
                Hello %s,

                the goods you sent back for refund %s arrived and passed inspection%s. The money is on its way back to you.
                """, event.refundId(), event.note() == null ? "" : " (" + event.note() + ")");
    }

    @EventHandler
    void on(ReturnRefused event) {
        write(event.orderId(), "Kiosk: the goods you sent back for order " + event.orderId() + " did not pass inspection", """
                Hello %s,

                the goods you sent back for refund %s arrived, but we cannot refund them: %s.
                Reply to this mail and we will arrange for them to come back to you.
                """, event.refundId(), event.note() == null ? "they did not pass inspection" : event.note());
    }

    @EventHandler
    void on(ReturnDeadlinePassed event) {
        write(event.orderId(), "Kiosk: your refund request for order " + event.orderId() + " is closed", """
                Hello %s,

                we did not hear that the goods for refund %s were sent back before %s, so the request is closed.
                You are welcome to ask again while the order is within its return window.
                """, event.refundId(), LocalDate.ofInstant(event.deadline(), mallClock.getZone()));
    }

    @EventHandler
    void on(RefundCompleted event) {
        write(event.orderId(), "Kiosk: " + event.amount() + " refunded for order " + event.orderId(), """
                Hello %s,

                we paid %s back for order %s (refund %s). Depending on your bank or wallet it may take a few days to show.
                """, event.amount(), event.orderId(), event.refundId());
    }

    private void write(OrderId orderId, String subject, String text, Object... values) {
        mail.recipient(orderId).ifPresent(to -> {
            Object[] all = new Object[values.length + 1];
            all[0] = to.name();
            System.arraycopy(values, 0, all, 1, values.length);
            mail.send(orderId, to, subject, text.formatted(all));
        });
    }

    /** The refund a paid order's cancellation opened: its id is made from the order's, so nothing needs looking up. */
    private static boolean cancellationRefund(RefundApproved approved) {
        return approved.refundId().equals(RefundId.forCancellationOf(approved.orderId()));
    }

    private static String describe(RefundLine line) {
        return "    %d x %s at %s = %s".formatted(line.quantity().value(), line.productId(), line.unitPrice(), line.amount());
    }
}
