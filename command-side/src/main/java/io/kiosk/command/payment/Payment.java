package io.kiosk.command.payment;

import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.payment.ApproveHeldPayment;
import io.kiosk.api.payment.CancelPayment;
import io.kiosk.api.payment.PaymentAction;
import io.kiosk.api.payment.PaymentCancelled;
import io.kiosk.api.payment.PaymentFailed;
import io.kiosk.api.payment.PaymentFlagged;
import io.kiosk.api.payment.PaymentHeldForReview;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.payment.PaymentRefundAccepted;
import io.kiosk.api.payment.PaymentRefundFailed;
import io.kiosk.api.payment.PaymentRefunded;
import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.api.payment.PaymentSucceeded;
import io.kiosk.api.payment.ProviderNotificationRecorded;
import io.kiosk.api.payment.ProviderOutcome;
import io.kiosk.api.payment.RecordProviderNotification;
import io.kiosk.api.payment.RecordRefundNotification;
import io.kiosk.api.payment.RefundPayment;
import io.kiosk.api.payment.RejectHeldPayment;
import io.kiosk.api.payment.RequestPayment;
import io.kiosk.api.pricing.Money;
import io.kiosk.command.RuleViolation;
import io.kiosk.command.risk.RiskCheck;
import io.kiosk.command.risk.RiskVerdict;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One attempt to collect an order's amount with one method. Lifecycle: requested (the provider opened a
 * trade and told the customer what to do: open a page, scan a code) → succeeded, failed or cancelled, and
 * each of those is final. A provider that refuses or cannot be reached fails the payment at once.
 *
 * <p>The provider speaks through notifications, which it repeats until answered and may send late or out
 * of order. Each notification is judged once (by its id): success with exactly the amount and currency
 * asked for succeeds the payment; failure or a closed trade fails it; a success that does not fit (another
 * amount or currency, or after the payment was cancelled or failed) is flagged for the back office and
 * changes nothing; anything else about a settled payment is only remembered. Cancelling before success
 * cancels the payment and closes the trade at the provider where it can be closed.
 *
 * <p>Before any provider is asked, the {@link RiskCheck} judges the payment: a decline fails it at once
 * ({@code risk-declined}); a hold records {@code PaymentHeldForReview} and waits for the back office, which
 * approves it (the provider is asked then, exactly as without a hold) or rejects it ({@code risk-rejected}).
 * A notification about a held payment (no trade was ever opened) is flagged, never applied.
 *
 * <p>A succeeded payment pays money back, refund by refund ({@link RefundPayment}, named by the refund's id so
 * the provider never pays twice): {@link ProviderRefunds} keeps what is paid back within what was collected and
 * judges the provider's word about each refund (WeChat Pay confirms later, by notification).
 *
 * <p>The gateway port is injected into the command handlers (resolved by Axon from the Spring context)
 * because the provider's answer is part of what the payment decides: the trade is opened before
 * {@code PaymentRequested} is applied, so the event records the action the customer really got.
 */
@Aggregate
public class Payment {

    private static final Logger log = LoggerFactory.getLogger(Payment.class);

    private enum Status { HELD, REQUESTED, SUCCEEDED, FAILED, CANCELLED }

    @AggregateIdentifier
    private PaymentId paymentId;
    private OrderId orderId;
    private CustomerId customerId;
    private String description;
    private PaymentProvider method;
    private Money amount;
    private Status status;
    private String providerTransactionId;
    private final Set<String> notificationsSeen = new HashSet<>();
    private final ProviderRefunds refunds = new ProviderRefunds();

    protected Payment() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    public Payment(RequestPayment command, PaymentGateway gateway, RiskCheck risk) {
        requireCollectable(command);
        RiskVerdict verdict = risk.assess(command);
        switch (verdict.decision()) {
            case DECLINE -> {
                log.info("payment {} declined by the risk check: {}", command.paymentId(), verdict.rules());
                apply(new PaymentFailed(command.paymentId(), command.orderId(), "risk-declined",
                        "declined by the risk check: " + String.join(", ", verdict.rules())));
            }
            case HOLD -> {
                log.info("payment {} held for review: {}", command.paymentId(), verdict.rules());
                apply(new PaymentHeldForReview(command.paymentId(), command.orderId(), command.customerId(), command.method(),
                        command.amount(), command.description(), verdict.rules()));
            }
            case ALLOW -> askProvider(gateway, command.paymentId(), command.orderId(), command.customerId(), command.method(),
                    command.amount(), command.description());
        }
    }

    @CommandHandler
    void handle(ApproveHeldPayment command, PaymentGateway gateway) {
        requireHeld();
        askProvider(gateway, paymentId, orderId, customerId, method, amount, description);
    }

    @CommandHandler
    void handle(RejectHeldPayment command) {
        requireHeld();
        String reason = command.reason() == null || command.reason().isBlank() ? "rejected on review" : command.reason().strip();
        apply(new PaymentFailed(paymentId, orderId, "risk-rejected", reason));
    }

    private void requireHeld() {
        if (status != Status.HELD) {
            throw RuleViolation.conflict("payment-not-held", "payment " + paymentId + " is not held for review");
        }
    }

    /** Opens the trade at the provider and records its answer, or the refusal. */
    private static void askProvider(PaymentGateway gateway, PaymentId paymentId, OrderId orderId, CustomerId customerId,
                                    PaymentProvider method, Money amount, String description) {
        PaymentAction action;
        try {
            action = gateway.open(new Trade(paymentId, method, amount, description));
        } catch (ProviderRefusal refusal) {
            log.info("payment {} failed at once: {} ({})", paymentId, refusal.reason(), refusal.getMessage());
            apply(new PaymentFailed(paymentId, orderId, refusal.reason(), refusal.getMessage()));
            return;
        }
        apply(new PaymentRequested(paymentId, orderId, customerId, method, amount, action));
    }

    @CommandHandler
    void handle(RecordProviderNotification command) {
        if (command.notificationId() == null || command.notificationId().isBlank() || command.outcome() == null) {
            throw RuleViolation.unprocessable("invalid-notification", "notificationId",
                    "a notification names itself and what happened");
        }
        if (notificationsSeen.contains(command.notificationId())) {
            return;
        }
        if (command.outcome() == ProviderOutcome.SUCCEEDED && command.amount() == null) {
            throw RuleViolation.unprocessable("invalid-notification", "amount", "a success says how much was collected");
        }
        apply(new ProviderNotificationRecorded(paymentId, command.notificationId(), command.outcome(), command.amount(),
                command.providerTransactionId(), command.occurredAt()));
        if (status == Status.HELD) {
            // held for review, never asked of a provider: nobody should be telling us about it
            flag(command, "notified-while-held");
        } else if (command.outcome() == ProviderOutcome.SUCCEEDED) {
            judgeSuccess(command);
        } else if (status == Status.REQUESTED) {
            apply(new PaymentFailed(paymentId, orderId, command.outcome() == ProviderOutcome.CLOSED ? "trade-closed" : "declined",
                    command.outcome() == ProviderOutcome.CLOSED ? "the trade closed unpaid at the provider"
                            : "the provider declined the payment"));
        }
    }

    @CommandHandler
    void handle(CancelPayment command, PaymentGateway gateway) {
        if (status == Status.SUCCEEDED) {
            throw RuleViolation.conflict("payment-succeeded", "payment " + paymentId + " has succeeded; refund it instead");
        }
        if (status == Status.HELD) {
            // no trade was ever opened: nothing to close
            apply(new PaymentCancelled(paymentId, orderId, command.reason() == null ? "cancelled" : command.reason()));
            return;
        }
        if (status != Status.REQUESTED) {
            return;
        }
        try {
            gateway.close(paymentId, method);
        } catch (ProviderRefusal refusal) {
            // cancelled all the same: a success the provider reports later is flagged for a refund
            log.warn("payment {} cancelled, but its trade could not be closed: {} ({})", paymentId, refusal.reason(),
                    refusal.getMessage());
        }
        apply(new PaymentCancelled(paymentId, orderId, command.reason() == null ? "cancelled" : command.reason()));
    }

    @CommandHandler
    void handle(RefundPayment command, PaymentGateway gateway) {
        requireSucceeded();
        refunds.payBack(collected(), command, gateway).ifPresent(AggregateLifecycle::apply);
    }

    @CommandHandler
    void handle(RecordRefundNotification command) {
        requireSucceeded();
        refunds.judge(collected(), command).ifPresent(AggregateLifecycle::apply);
    }

    private void requireSucceeded() {
        if (status != Status.SUCCEEDED) {
            throw RuleViolation.conflict("payment-not-succeeded", "payment " + paymentId + " collected nothing to pay back");
        }
    }

    private ProviderRefunds.Collected collected() {
        return new ProviderRefunds.Collected(paymentId, orderId, method, amount, providerTransactionId);
    }

    private void judgeSuccess(RecordProviderNotification notice) {
        switch (status) {
            case REQUESTED -> {
                if (!notice.amount().hasSameCurrencyAs(amount)) {
                    flag(notice, "currency-mismatch");
                } else if (notice.amount().compareTo(amount) != 0) {
                    flag(notice, "amount-mismatch");
                } else {
                    apply(new PaymentSucceeded(paymentId, orderId, method, amount, notice.providerTransactionId(),
                            notice.occurredAt()));
                }
            }
            case CANCELLED -> flag(notice, "succeeded-after-cancellation");
            case FAILED -> flag(notice, "succeeded-after-failure");
            case HELD -> throw new IllegalStateException("a held payment's notifications are flagged before they are judged");
            case SUCCEEDED -> {
                if (providerTransactionId != null && notice.providerTransactionId() != null
                        && !providerTransactionId.equals(notice.providerTransactionId())) {
                    flag(notice, "succeeded-twice");
                }
            }
        }
    }

    private void flag(RecordProviderNotification notice, String reason) {
        log.warn("payment {}: notification {} flagged ({})", paymentId, notice.notificationId(), reason);
        apply(new PaymentFlagged(paymentId, orderId, notice.notificationId(), reason));
    }

    private static void requireCollectable(RequestPayment command) {
        if (command.paymentId() == null || command.orderId() == null || command.customerId() == null) {
            throw RuleViolation.unprocessable("invalid-payment", "orderId", "a payment names itself, its order and its customer");
        }
        if (command.method() == null) {
            throw RuleViolation.unprocessable("invalid-payment", "method", "a payment names its method");
        }
        if (command.amount() == null || command.amount().amount().signum() <= 0) {
            throw RuleViolation.unprocessable("invalid-amount", "amount", "a payment collects an amount above zero");
        }
    }

    @EventSourcingHandler
    void on(PaymentHeldForReview event) {
        paymentId = event.paymentId();
        orderId = event.orderId();
        customerId = event.customerId();
        method = event.method();
        amount = event.amount();
        description = event.description();
        status = Status.HELD;
    }

    @EventSourcingHandler
    void on(PaymentRequested event) {
        paymentId = event.paymentId();
        orderId = event.orderId();
        customerId = event.customerId();
        method = event.method();
        amount = event.amount();
        status = Status.REQUESTED;
    }

    @EventSourcingHandler
    void on(ProviderNotificationRecorded event) {
        notificationsSeen.add(event.notificationId());
    }

    @EventSourcingHandler
    void on(PaymentSucceeded event) {
        status = Status.SUCCEEDED;
        providerTransactionId = event.providerTransactionId();
    }

    @EventSourcingHandler
    void on(PaymentFailed event) {
        paymentId = event.paymentId();
        orderId = event.orderId();
        status = Status.FAILED;
    }

    @EventSourcingHandler
    void on(PaymentCancelled event) {
        status = Status.CANCELLED;
    }

    @EventSourcingHandler
    void on(PaymentRefundAccepted event) {
        refunds.on(event);
    }

    @EventSourcingHandler
    void on(PaymentRefunded event) {
        refunds.on(event);
    }

    @EventSourcingHandler
    void on(PaymentRefundFailed event) {
        refunds.on(event);
    }
}
