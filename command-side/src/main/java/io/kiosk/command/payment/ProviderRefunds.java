package io.kiosk.command.payment;

import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.payment.PaymentFlagged;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.payment.PaymentRefundAccepted;
import io.kiosk.api.payment.PaymentRefundFailed;
import io.kiosk.api.payment.PaymentRefundRefused;
import io.kiosk.api.payment.PaymentRefundRequested;
import io.kiosk.api.payment.PaymentRefunded;
import io.kiosk.api.payment.ProviderOutcome;
import io.kiosk.api.payment.RecordRefundAccepted;
import io.kiosk.api.payment.RecordRefundFailed;
import io.kiosk.api.payment.RecordRefundNotification;
import io.kiosk.api.payment.RecordRefundPaid;
import io.kiosk.api.payment.RefundPayment;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundId;
import io.kiosk.command.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The refunds a succeeded payment asked of its provider, each by its refund id: asked and awaiting the provider's
 * answer, taken by the provider and awaiting its word, paid back, or failed (and free to be asked again with the same
 * refund number). The rule it keeps: what is paid back or under way never exceeds what the payment collected,
 * whatever asks for it. It decides for the {@link Payment}, which applies what it answers; a refund it cannot take is
 * refused with an event ({@link PaymentRefundRefused}), so the refund process learns it wherever it runs.
 */
final class ProviderRefunds {

    private static final Logger log = LoggerFactory.getLogger(ProviderRefunds.class);

    /** What the payment collected, as a refund needs it. */
    record Collected(PaymentId paymentId, OrderId orderId, PaymentProvider method, Money amount, String providerTransactionId) {
    }

    private enum State { REQUESTED, ACCEPTED, REFUNDED, FAILED }

    private record Entry(Money amount, State state) {
    }

    private final Map<RefundId, Entry> refunds = new HashMap<>();

    /**
     * A refund not yet paid or under way is asked of the provider; nothing for a repeat. One the payment cannot give
     * (it collected nothing, more than is left, another currency) is refused before any provider is asked.
     */
    Optional<Object> ask(Collected payment, boolean succeeded, RefundPayment command) {
        Entry known = refunds.get(command.refundId());
        if (known != null && known.state() != State.FAILED) {
            return Optional.empty();
        }
        Money amount = command.amount();
        if (!succeeded) {
            return refused(payment, command, "payment-not-succeeded", "payment " + payment.paymentId()
                    + " collected nothing to pay back");
        }
        if (amount == null || !amount.hasSameCurrencyAs(payment.amount()) || amount.amount().signum() <= 0) {
            return refused(payment, command, "invalid-refund-amount",
                    "a refund pays back more than nothing, in the payment's currency " + payment.amount().currency());
        }
        if (!fits(command.refundId(), amount, payment.amount())) {
            return refused(payment, command, "refund-exceeds-payment", "payment " + payment.paymentId() + " collected "
                    + payment.amount() + "; refunding " + amount + " more would pay back more than that");
        }
        return Optional.of(new PaymentRefundRequested(payment.paymentId(), payment.orderId(), command.refundId(), amount,
                payment.method(), payment.amount(), payment.providerTransactionId(), command.reason()));
    }

    private static Optional<Object> refused(Collected payment, RefundPayment command, String reason, String message) {
        log.info("payment {}: refund {} refused: {} ({})", payment.paymentId(), command.refundId(), reason, message);
        return Optional.of(new PaymentRefundRefused(payment.paymentId(), payment.orderId(), command.refundId(), command.amount(),
                reason, message));
    }

    /** The provider paid it back, as the adapter heard; nothing if its word came first. */
    Optional<Object> paid(Collected payment, RecordRefundPaid answer) {
        return awaited(answer.refundId()).map(entry -> new PaymentRefunded(payment.paymentId(), payment.orderId(),
                answer.refundId(), entry.amount(), answer.providerRefundId(), answer.refundedAt()));
    }

    /** The provider took it and will confirm it later. */
    Optional<Object> accepted(Collected payment, RecordRefundAccepted answer) {
        return awaited(answer.refundId()).map(entry -> new PaymentRefundAccepted(payment.paymentId(), payment.orderId(),
                answer.refundId(), entry.amount(), answer.providerRefundId()));
    }

    /** The provider refused it, or could not be reached on any try: the refund process decides whether to ask again. */
    Optional<Object> failed(Collected payment, RecordRefundFailed answer) {
        return awaited(answer.refundId()).map(entry -> {
            log.info("payment {}: refund {} failed at the provider: {} ({})", payment.paymentId(), answer.refundId(),
                    answer.reason(), answer.message());
            return new PaymentRefundFailed(payment.paymentId(), payment.orderId(), answer.refundId(), entry.amount(),
                    answer.reason(), answer.message());
        });
    }

    private Optional<Entry> awaited(RefundId refundId) {
        return Optional.ofNullable(refunds.get(refundId)).filter(entry -> entry.state() == State.REQUESTED);
    }

    /**
     * What a verified word from the provider about a refund means. Success pays the refund back (one Kiosk never
     * saw asked for too: the provider is the authority on where money went), unless its amount is not the one
     * asked for or would exceed the payment, which is flagged; failure or closing fails a refund under way; a
     * word about a refund already paid back changes nothing.
     */
    Optional<Object> judge(Collected payment, RecordRefundNotification notice) {
        if (notice.refundId() == null || notice.outcome() == null
                || (notice.outcome() == ProviderOutcome.SUCCEEDED && notice.amount() == null)) {
            throw RuleViolation.unprocessable("invalid-notification", "refundId",
                    "a refund notification names its refund, what happened and, for a success, the amount");
        }
        Entry known = refunds.get(notice.refundId());
        if (known != null && known.state() == State.REFUNDED) {
            return Optional.empty();
        }
        if (notice.outcome() != ProviderOutcome.SUCCEEDED) {
            return known != null && (known.state() == State.ACCEPTED || known.state() == State.REQUESTED)
                    ? Optional.of(new PaymentRefundFailed(payment.paymentId(), payment.orderId(), notice.refundId(), known.amount(),
                            notice.outcome() == ProviderOutcome.CLOSED ? "refund-closed" : "refund-abnormal",
                            "the provider reports the refund " + (notice.outcome() == ProviderOutcome.CLOSED ? "closed" : "failed")))
                    : Optional.empty();
        }
        boolean asAsked = known == null || notice.amount().equals(known.amount());
        if (!asAsked || !fits(notice.refundId(), notice.amount(), payment.amount())) {
            log.warn("payment {}: refund notification {} flagged", payment.paymentId(), notice.notificationId());
            return Optional.of(new PaymentFlagged(payment.paymentId(), payment.orderId(), notice.notificationId(),
                    asAsked ? "refund-exceeds-payment" : "refund-amount-mismatch"));
        }
        return Optional.of(new PaymentRefunded(payment.paymentId(), payment.orderId(), notice.refundId(), notice.amount(),
                notice.providerRefundId(), notice.occurredAt()));
    }

    void on(PaymentRefundRequested event) {
        refunds.put(event.refundId(), new Entry(event.amount(), State.REQUESTED));
    }

    void on(PaymentRefundAccepted event) {
        refunds.put(event.refundId(), new Entry(event.amount(), State.ACCEPTED));
    }

    void on(PaymentRefunded event) {
        refunds.put(event.refundId(), new Entry(event.amount(), State.REFUNDED));
    }

    void on(PaymentRefundFailed event) {
        refunds.put(event.refundId(), new Entry(event.amount(), State.FAILED));
    }

    private boolean fits(RefundId refundId, Money amount, Money collected) {
        Money committed = refunds.entrySet().stream()
                .filter(entry -> !entry.getKey().equals(refundId) && entry.getValue().state() != State.FAILED)
                .map(entry -> entry.getValue().amount())
                .reduce(amount, Money::plus);
        return committed.compareTo(collected) <= 0;
    }
}
