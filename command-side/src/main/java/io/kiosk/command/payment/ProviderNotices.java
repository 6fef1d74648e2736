package io.kiosk.command.payment;

import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.payment.PaymentFailed;
import io.kiosk.api.payment.PaymentFlagged;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.payment.PaymentSucceeded;
import io.kiosk.api.payment.ProviderNotificationRecorded;
import io.kiosk.api.payment.ProviderOutcome;
import io.kiosk.api.payment.RecordProviderNotification;
import io.kiosk.api.pricing.Money;
import io.kiosk.command.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The provider's notifications about a payment's trade: which ones the payment has seen (providers repeat them until
 * answered, and may send them late or out of order), and what a new one means for the payment as it stands. It
 * decides for the {@link Payment}, which applies what it answers: success with exactly the amount and currency asked
 * for succeeds the payment; failure or a closed trade fails one that awaits the customer; a success that does not fit
 * (another amount or currency, after cancellation or failure, a second trade) is flagged for the back office; a
 * notification about a held payment (no trade was ever opened) is flagged; anything else is only remembered.
 */
final class ProviderNotices {

    private static final Logger log = LoggerFactory.getLogger(ProviderNotices.class);

    /** The payment as a notification is judged against. */
    record Judged(PaymentId paymentId, OrderId orderId, PaymentProvider method, Money amount, PaymentStatus status,
                  String providerTransactionId) {
    }

    private final Set<String> seen = new HashSet<>();

    /** The events the notice means, the first recording it; none for a notice seen before. */
    List<Object> judge(Judged payment, RecordProviderNotification notice) {
        if (notice.notificationId() == null || notice.notificationId().isBlank() || notice.outcome() == null) {
            throw RuleViolation.unprocessable("invalid-notification", "notificationId",
                    "a notification names itself and what happened");
        }
        if (seen.contains(notice.notificationId())) {
            return List.of();
        }
        if (notice.outcome() == ProviderOutcome.SUCCEEDED && notice.amount() == null) {
            throw RuleViolation.unprocessable("invalid-notification", "amount", "a success says how much was collected");
        }
        List<Object> events = new ArrayList<>();
        events.add(new ProviderNotificationRecorded(payment.paymentId(), notice.notificationId(), notice.outcome(),
                notice.amount(), notice.providerTransactionId(), notice.occurredAt()));
        if (payment.status() == PaymentStatus.HELD) {
            events.add(flag(payment, notice, "notified-while-held"));
        } else if (notice.outcome() == ProviderOutcome.SUCCEEDED) {
            success(payment, notice, events);
        } else if (payment.status().awaitsTheCustomer()) {
            boolean closed = notice.outcome() == ProviderOutcome.CLOSED;
            events.add(new PaymentFailed(payment.paymentId(), payment.orderId(), closed ? "trade-closed" : "declined",
                    closed ? "the trade closed unpaid at the provider" : "the provider declined the payment"));
        }
        return events;
    }

    void on(ProviderNotificationRecorded event) {
        seen.add(event.notificationId());
    }

    private static void success(Judged payment, RecordProviderNotification notice, List<Object> events) {
        switch (payment.status()) {
            case OPENING, REQUESTED -> {
                if (!notice.amount().hasSameCurrencyAs(payment.amount())) {
                    events.add(flag(payment, notice, "currency-mismatch"));
                } else if (notice.amount().compareTo(payment.amount()) != 0) {
                    events.add(flag(payment, notice, "amount-mismatch"));
                } else {
                    events.add(new PaymentSucceeded(payment.paymentId(), payment.orderId(), payment.method(), payment.amount(),
                            notice.providerTransactionId(), notice.occurredAt()));
                }
            }
            case CANCELLED -> events.add(flag(payment, notice, "succeeded-after-cancellation"));
            case FAILED -> events.add(flag(payment, notice, "succeeded-after-failure"));
            case HELD -> throw new IllegalStateException("a held payment's notifications are flagged before they are judged");
            case SUCCEEDED -> {
                if (payment.providerTransactionId() != null && notice.providerTransactionId() != null
                        && !payment.providerTransactionId().equals(notice.providerTransactionId())) {
                    events.add(flag(payment, notice, "succeeded-twice"));
                }
            }
        }
    }

    private static PaymentFlagged flag(Judged payment, RecordProviderNotification notice, String reason) {
        log.warn("payment {}: notification {} flagged ({})", payment.paymentId(), notice.notificationId(), reason);
        return new PaymentFlagged(payment.paymentId(), payment.orderId(), notice.notificationId(), reason);
    }
}
