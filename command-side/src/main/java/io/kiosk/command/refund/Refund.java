package io.kiosk.command.refund;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderRefundRequested;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.ApproveRefund;
import io.kiosk.api.refund.ApproveRefundOfCancelledOrder;
import io.kiosk.api.refund.CompleteRefund;
import io.kiosk.api.refund.EscalateRefund;
import io.kiosk.api.refund.ExpireReturn;
import io.kiosk.api.refund.RecordReturnReceipt;
import io.kiosk.api.refund.RecordReturnShipment;
import io.kiosk.api.refund.RefundApproved;
import io.kiosk.api.refund.RefundCompleted;
import io.kiosk.api.refund.RefundEscalated;
import io.kiosk.api.refund.RefundId;
import io.kiosk.api.refund.RefundRejected;
import io.kiosk.api.refund.RefundRequested;
import io.kiosk.api.refund.RefundRetried;
import io.kiosk.api.refund.RefundStatus;
import io.kiosk.api.refund.RefundStatusReached;
import io.kiosk.api.refund.RefundWithdrawn;
import io.kiosk.api.refund.RejectRefund;
import io.kiosk.api.refund.RetryRefund;
import io.kiosk.api.refund.ReturnAccepted;
import io.kiosk.api.refund.ReturnAuthorised;
import io.kiosk.api.refund.ReturnDeadlinePassed;
import io.kiosk.api.refund.ReturnRefused;
import io.kiosk.api.refund.ReturnShipped;
import io.kiosk.api.refund.WithdrawRefund;
import io.kiosk.command.RuleViolation;
import io.kiosk.command.identity.CallerMetaData;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.Locale;

import static io.kiosk.api.refund.RefundStatus.AWAITING_RETURN;
import static io.kiosk.api.refund.RefundStatus.ESCALATED;
import static io.kiosk.api.refund.RefundStatus.PAYING_OUT;
import static io.kiosk.api.refund.RefundStatus.REFUNDED;
import static io.kiosk.api.refund.RefundStatus.REQUESTED;
import static io.kiosk.api.refund.RefundStatus.RETURN_SHIPPED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One request for money back for some units of a paid order. Lifecycle: requested (opened by the order, which
 * holds its amount) → approved, possibly for less, by the back office (or automatically: small and undelivered,
 * or a cancelled order) or rejected with a reason; without return the money then goes back (paying out →
 * refunded); with return the goods are authorised to come back to the return address by a deadline → the
 * customer sends them (carrier, tracking number) → the warehouse receives and inspects them: accepted (paying
 * out → refunded) or refused. The customer may withdraw the request until the goods are sent. Goods not sent by
 * the deadline end it; a payout the provider keeps failing is escalated, and the back office may retry it.
 * Rejected, withdrawn, refused, expired and refunded are final.
 *
 * <p>The refund decides; the payout and its retries are the {@code RefundProcess}'s, the money's ceiling the
 * order's. Only its customer may withdraw it or enter the return shipment (to anyone else it does not exist).
 */
@Aggregate
public class Refund {

    @AggregateIdentifier
    private RefundId refundId;
    private OrderId orderId;
    private CustomerId customerId;
    private Money requested;
    private Money approvedAmount;
    private boolean withReturn;
    private RefundStatus status;
    private Instant returnDeadline;

    protected Refund() {
        // for Axon: rebuilt from events
    }

    /**
     * The refund an order's hold opens, created by the order in the same unit of work
     * ({@code AggregateLifecycle.createNew}): everything the order knew when it said yes, approved at once when
     * the order said it needs no review (small and undelivered, or a cancelled order).
     */
    public static Refund openedFor(OrderRefundRequested hold) {
        return new Refund(hold);
    }

    private Refund(OrderRefundRequested hold) {
        if (hold.amount() == null || hold.amount().amount().signum() <= 0) {
            throw RuleViolation.unprocessable("invalid-refund-amount", "amount", "a refund pays back an amount above zero");
        }
        apply(new RefundRequested(hold.refundId(), hold.orderId(), hold.customerId(), hold.paymentId(), hold.method(),
                hold.lines(), hold.amount(), hold.reason(), hold.note(), hold.withReturn()));
        if (hold.autoApproved()) {
            apply(new RefundApproved(hold.refundId(), hold.orderId(), hold.amount(), hold.amount(), false, true, null));
        }
    }

    /** Approved as asked, or for less; with return, the goods are authorised to come back by the deadline. */
    @CommandHandler
    RefundUpdate handle(ApproveRefund command, ReturnPolicy returns) {
        requireStatus(REQUESTED, "be approved");
        Money amount = command.amount() == null ? requested : command.amount();
        if (!amount.hasSameCurrencyAs(requested) || amount.amount().signum() <= 0 || amount.compareTo(requested) > 0) {
            throw RuleViolation.unprocessable("invalid-refund-amount", "amount",
                    "an approval pays back more than nothing and at most the " + requested + " asked for");
        }
        apply(new RefundApproved(refundId, orderId, amount, requested, withReturn, false, note(command.note())));
        if (withReturn) {
            apply(new ReturnAuthorised(refundId, orderId, returns.returnAddress(), returns.deadlineFromNow()));
        }
        return updated();
    }

    /** The order was cancelled while this refund waited for review: approved as asked, unless decided meanwhile. */
    @CommandHandler
    RefundUpdate handle(ApproveRefundOfCancelledOrder command) {
        if (status == REQUESTED) {
            apply(new RefundApproved(refundId, orderId, requested, requested, withReturn, false,
                    "the order was cancelled before it shipped"));
        }
        return updated();
    }

    @CommandHandler
    RefundUpdate handle(RejectRefund command) {
        requireStatus(REQUESTED, "be rejected");
        String reason = note(command.reason());
        apply(new RefundRejected(refundId, orderId, reason == null ? "not accepted on review" : reason));
        return updated();
    }

    @CommandHandler
    RefundUpdate handle(WithdrawRefund command, MetaData metaData) {
        requireOwnedByCaller(metaData);
        if (status != REQUESTED && status != AWAITING_RETURN) {
            throw notNow("be withdrawn");
        }
        apply(new RefundWithdrawn(refundId, orderId));
        return updated();
    }

    @CommandHandler
    RefundUpdate handle(RecordReturnShipment command, MetaData metaData) {
        requireOwnedByCaller(metaData);
        requireStatus(AWAITING_RETURN, "take a return shipment");
        apply(new ReturnShipped(refundId, orderId, command.carrier(), command.trackingNumber()));
        return updated();
    }

    /** The goods are back (whether or not the customer entered the shipment): accepted pays out, refused ends it. */
    @CommandHandler
    RefundUpdate handle(RecordReturnReceipt command) {
        if (status != AWAITING_RETURN && status != RETURN_SHIPPED) {
            throw notNow("receive returned goods");
        }
        String note = note(command.note());
        apply(command.accepted() ? new ReturnAccepted(refundId, orderId, note) : new ReturnRefused(refundId, orderId, note));
        return updated();
    }

    /** Only goods not yet sent miss the deadline; a late word about goods on their way, or a settled refund, changes nothing. */
    @CommandHandler
    RefundUpdate handle(ExpireReturn command) {
        if (status == AWAITING_RETURN) {
            apply(new ReturnDeadlinePassed(refundId, orderId, returnDeadline));
        }
        return updated();
    }

    @CommandHandler
    RefundUpdate handle(EscalateRefund command) {
        if (status == PAYING_OUT) {
            apply(new RefundEscalated(refundId, orderId, command.attempts(), command.reason(), command.message()));
        }
        return updated();
    }

    @CommandHandler
    RefundUpdate handle(RetryRefund command) {
        requireStatus(ESCALATED, "be retried (only an escalated refund is)");
        apply(new RefundRetried(refundId, orderId));
        return updated();
    }

    /** The money is back: from paying out, or after an escalation (a provider that confirmed late). */
    @CommandHandler
    RefundUpdate handle(CompleteRefund command) {
        if (status == PAYING_OUT || status == ESCALATED) {
            apply(new RefundCompleted(refundId, orderId, approvedAmount, command.providerRefundId(), command.refundedAt()));
        } else if (status != REFUNDED) {
            throw notNow("be completed");
        }
        return updated();
    }

    @EventSourcingHandler
    void on(RefundRequested event) {
        refundId = event.refundId();
        orderId = event.orderId();
        customerId = event.customerId();
        requested = event.amount();
        approvedAmount = event.amount();
        withReturn = event.withReturn();
        status = event.status();
    }

    @EventSourcingHandler
    void on(RefundApproved event) {
        approvedAmount = event.amount();
        status = event.status();
    }

    @EventSourcingHandler
    void on(ReturnAuthorised event) {
        returnDeadline = event.deadline();
        status = event.status();
    }

    /** Every other event of the refund only moves its status ({@link RefundStatusReached}). */
    @EventSourcingHandler
    void on(RefundStatusReached event) {
        status = event.status();
    }

    private void requireStatus(RefundStatus expected, String step) {
        if (status != expected) {
            throw notNow(step);
        }
    }

    private void requireOwnedByCaller(MetaData metaData) {
        if (!customerId.toString().equals(metaData.get(CallerMetaData.ACCOUNT_ID))) {
            throw RuleViolation.notFound("not-found", null, "nothing exists with id " + refundId);
        }
    }

    private RuleViolation notNow(String step) {
        return RuleViolation.conflict("refund-status-conflict",
                "refund " + refundId + " is " + status.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " and cannot " + step);
    }

    private static String note(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private RefundUpdate updated() {
        return new RefundUpdate(refundId, status, AggregateLifecycle.getVersion());
    }
}
