package io.kiosk.command.payment;

import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.payment.PaymentFlagged;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.payment.PaymentRefundAccepted;
import io.kiosk.api.payment.PaymentRefundFailed;
import io.kiosk.api.payment.PaymentRefunded;
import io.kiosk.api.payment.ProviderOutcome;
import io.kiosk.api.payment.RecordRefundNotification;
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
 * The refunds a succeeded payment asked of its provider, each by its refund id: taken by the provider and
 * awaiting its word, paid back, or failed (and free to be asked again with the same refund number). The rule it
 * keeps: what is paid back or under way never exceeds what the payment collected, whatever asks for it. It
 * decides for the {@link Payment}, which applies what it answers.
 */
final class ProviderRefunds {

    private static final Logger log = LoggerFactory.getLogger(ProviderRefunds.class);

    /** What the payment collected, as a refund needs it. */
    record Collected(PaymentId paymentId, OrderId orderId, PaymentProvider method, Money amount, String providerTransactionId) {
    }

    private enum State { ACCEPTED, REFUNDED, FAILED }

    private record Entry(Money amount, State state) {
    }

    private final Map<RefundId, Entry> refunds = new HashMap<>();

    /**
     * Asks the provider for a refund not yet paid or under way, and answers what happened; nothing for a repeat.
     * More than the payment has left to give back is refused before any provider is asked.
     */
    Optional<Object> payBack(Collected payment, RefundPayment command, PaymentGateway gateway) {
        Entry known = refunds.get(command.refundId());
        if (known != null && known.state() != State.FAILED) {
            return Optional.empty();
        }
        Money amount = command.amount();
        if (amount == null || !amount.hasSameCurrencyAs(payment.amount()) || amount.amount().signum() <= 0) {
            throw RuleViolation.unprocessable("invalid-refund-amount", "amount",
                    "a refund pays back more than nothing, in the payment's currency " + payment.amount().currency());
        }
        if (!fits(command.refundId(), amount, payment.amount())) {
            throw RuleViolation.unprocessable("refund-exceeds-payment", "amount", "payment " + payment.paymentId()
                    + " collected " + payment.amount() + "; refunding " + amount + " more would pay back more than that");
        }
        try {
            RefundReceipt receipt = gateway.refund(new ProviderRefund(command.refundId(), payment.paymentId(), payment.method(),
                    amount, payment.amount(), payment.providerTransactionId(), command.reason()));
            return Optional.of(receipt.completed()
                    ? new PaymentRefunded(payment.paymentId(), payment.orderId(), command.refundId(), amount,
                            receipt.providerRefundId(), receipt.completedAt())
                    : new PaymentRefundAccepted(payment.paymentId(), payment.orderId(), command.refundId(), amount,
                            receipt.providerRefundId()));
        } catch (ProviderRefusal refusal) {
            log.info("payment {}: refund {} failed at the provider: {} ({})", payment.paymentId(), command.refundId(),
                    refusal.reason(), refusal.getMessage());
            return Optional.of(new PaymentRefundFailed(payment.paymentId(), payment.orderId(), command.refundId(), amount,
                    refusal.reason(), refusal.getMessage()));
        }
    }

    /**
     * What a verified word from the provider about a refund means. Success pays the refund back (one Kiosk never
     * saw accepted too: the provider is the authority on where money went), unless its amount is not the one
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
            return known != null && known.state() == State.ACCEPTED
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
