package io.kiosk.command.refund;

import io.kiosk.api.order.OrderId;
import io.kiosk.api.refund.RefundApproved;
import io.kiosk.api.refund.RefundCompleted;
import io.kiosk.api.refund.RefundId;
import io.kiosk.api.refund.RefundReason;
import io.kiosk.api.refund.RefundRejected;
import io.kiosk.api.refund.RefundRequested;
import io.kiosk.api.refund.ReturnAccepted;
import io.kiosk.api.refund.ReturnAuthorised;
import io.kiosk.api.refund.ReturnDeadlinePassed;
import io.kiosk.api.refund.ReturnRefused;
import io.kiosk.command.mail.MailTexts;
import io.kiosk.command.mail.WebPages;
import io.kiosk.command.mail.Wording;
import io.kiosk.command.orderprocess.OrderMail;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * Tells the customer how their refund is doing, by mail to the order's checkout contact ({@link OrderMail}) in the
 * customer's language, each mail linking to the refund's page in the web app: the request received, approved (with
 * the return instructions when the goods come back), rejected with the reason, the goods received and accepted or
 * refused, the return deadline missed, and the money back. The refund of a cancelled order is announced by the
 * cancellation's own mail, so only its completion is mailed. It runs in a tracking processor of its own from the head
 * of the stream ({@code RefundConfiguration}), so mail trouble never holds up a refund; a redelivered event may send
 * its mail twice.
 */
@Component
@ProcessingGroup(RefundNotifications.PROCESSING_GROUP)
class RefundNotifications {

    static final String PROCESSING_GROUP = "refund-notifications";

    private final OrderMail mail;
    private final MailTexts texts;
    private final WebPages web;
    private final EventStore events;
    private final Clock mallClock;

    RefundNotifications(OrderMail mail, MailTexts texts, WebPages web, EventStore events,
                        @Qualifier("mallClock") Clock mallClock) {
        this.mail = mail;
        this.texts = texts;
        this.web = web;
        this.events = events;
        this.mallClock = mallClock;
    }

    @EventHandler
    void on(RefundRequested event) {
        if (event.reason() == RefundReason.ORDER_CANCELLED) {
            return;
        }
        Wording lines = language -> event.lines().stream()
                .map(line -> texts.text("refund.line", language, line.quantity().value(), line.productId(), line.unitPrice(),
                        line.amount()))
                .collect(Collectors.joining("\n"));
        write(event.orderId(), event.refundId(), "refund.requested", event.amount(),
                texts.phrase("refund.reason." + event.reason().name()),
                event.note() == null ? "" : texts.phrase("refund.requested.note", event.note()), lines,
                texts.phrase(event.withReturn() ? "refund.requested.next.with-return" : "refund.requested.next.review"));
    }

    @EventHandler
    void on(RefundApproved event) {
        if (event.withReturn() || (event.automatically() && cancellationRefund(event.refundId()))) {
            return;
        }
        write(event.orderId(), event.refundId(), "refund.approved", event.amount(), aside(event.note()));
    }

    @EventHandler
    void on(ReturnAuthorised event) {
        write(event.orderId(), event.refundId(), "refund.return-authorised", texts.addressWithPhone(event.returnAddress()),
                LocalDate.ofInstant(event.deadline(), mallClock.getZone()));
    }

    @EventHandler
    void on(RefundRejected event) {
        write(event.orderId(), event.refundId(), "refund.rejected", event.reason());
    }

    @EventHandler
    void on(ReturnAccepted event) {
        write(event.orderId(), event.refundId(), "refund.return-accepted", aside(event.note()));
    }

    @EventHandler
    void on(ReturnRefused event) {
        write(event.orderId(), event.refundId(), "refund.return-refused",
                event.note() == null ? texts.phrase("refund.return-refused.unexplained") : event.note());
    }

    @EventHandler
    void on(ReturnDeadlinePassed event) {
        write(event.orderId(), event.refundId(), "refund.return-deadline-passed",
                LocalDate.ofInstant(event.deadline(), mallClock.getZone()));
    }

    @EventHandler
    void on(RefundCompleted event) {
        write(event.orderId(), event.refundId(), "refund.completed", event.amount());
    }

    /** Mail {@code key} about the refund: after the greeting come the order, the refund, its page, then {@code values}. */
    private void write(OrderId orderId, RefundId refundId, String key, Object... values) {
        Object[] all = new Object[values.length + 3];
        all[0] = orderId;
        all[1] = refundId;
        all[2] = web.refund(refundId);
        System.arraycopy(values, 0, all, 3, values.length);
        mail.write(orderId, key, all);
    }

    /** A remark of the back office in brackets after what it is about, or nothing. */
    private Object aside(String note) {
        return note == null ? "" : texts.phrase("refund.aside", note);
    }

    private boolean cancellationRefund(RefundId refundId) {
        return events.readEvents(refundId.toString()).asStream()
                .map(message -> message.getPayload())
                .filter(RefundRequested.class::isInstance)
                .map(RefundRequested.class::cast)
                .anyMatch(requested -> requested.reason() == RefundReason.ORDER_CANCELLED);
    }
}
