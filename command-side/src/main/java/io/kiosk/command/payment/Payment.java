package io.kiosk.command.payment;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.payment.ApproveHeldPayment;
import io.kiosk.api.payment.CancelPayment;
import io.kiosk.api.payment.PaymentCancelled;
import io.kiosk.api.payment.PaymentFailed;
import io.kiosk.api.payment.PaymentHeldForReview;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.payment.PaymentRefundAccepted;
import io.kiosk.api.payment.PaymentRefundFailed;
import io.kiosk.api.payment.PaymentRefundRequested;
import io.kiosk.api.payment.PaymentRefunded;
import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.api.payment.PaymentSucceeded;
import io.kiosk.api.payment.ProviderNotificationRecorded;
import io.kiosk.api.payment.RecordProviderNotification;
import io.kiosk.api.payment.RecordRefundAccepted;
import io.kiosk.api.payment.RecordRefundFailed;
import io.kiosk.api.payment.RecordRefundNotification;
import io.kiosk.api.payment.RecordRefundPaid;
import io.kiosk.api.payment.RecordTradeClosed;
import io.kiosk.api.payment.RecordTradeNotClosed;
import io.kiosk.api.payment.RecordTradeOpened;
import io.kiosk.api.payment.RecordTradeRefused;
import io.kiosk.api.payment.RefundPayment;
import io.kiosk.api.payment.RejectHeldPayment;
import io.kiosk.api.payment.RequestPayment;
import io.kiosk.api.payment.TradeClosed;
import io.kiosk.api.payment.TradeClosingFailed;
import io.kiosk.api.payment.TradeClosingRequested;
import io.kiosk.api.payment.TradeOpeningRequested;
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


import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One attempt to collect an order's amount with one method. Lifecycle: opening (the payment asked its provider for a
 * trade, {@link TradeOpeningRequested}) → requested (the provider opened it and told the customer what to do: open a
 * page, scan a code, {@link PaymentRequested}) → succeeded, failed or cancelled, and each of those is final. A provider
 * that refuses the trade, or cannot be reached on any try, fails the payment; so does a request that cannot be
 * collected (no method, nothing to collect): the payment fails as it is created, and its order learns it from the
 * event, never from an exception.
 *
 * <p>The payment does no I/O. It decides and records what it wants said to the provider (open a trade, close it, pay
 * money back); the {@link ProviderAdapter} says it after the event is stored, in a processor of its own, and reports
 * the provider's answer with a command ({@link RecordTradeOpened}, {@link RecordTradeRefused}, ...). An answer that
 * comes too late to matter (the payment was cancelled or settled meanwhile) changes nothing.
 *
 * <p>The provider speaks through notifications, which it repeats until answered and may send late or out of order;
 * each is judged once ({@link ProviderNotices}): an exact success succeeds the payment, a failure or closed trade
 * fails it, a success that does not fit is flagged for the back office. Cancelling before success cancels the payment
 * and asks the provider to close the trade ({@link TradeClosingRequested}).
 *
 * <p>Before its trade is asked of any provider, the {@link RiskCheck} judges the payment from the request alone (the
 * customer's figures travel in it): a decline fails it at once ({@code risk-declined}); a hold records
 * {@code PaymentHeldForReview} and waits for the back office, which approves it (the trade is asked for then, exactly
 * as without a hold) or rejects it ({@code risk-rejected}). A notification about a held payment (no trade was ever
 * opened) is flagged, never applied.
 *
 * <p>A succeeded payment pays money back, refund by refund ({@link RefundPayment}, named by the refund's id so the
 * provider never pays twice): {@link ProviderRefunds} keeps what is paid back or asked for within what was collected,
 * refuses what does not fit with an event, and judges the provider's word about each refund (the adapter's answer,
 * or a notification: WeChat Pay confirms later).
 */
@Aggregate
public class Payment {

    private static final Logger log = LoggerFactory.getLogger(Payment.class);

    @AggregateIdentifier
    private PaymentId paymentId;
    private OrderId orderId;
    private CustomerId customerId;
    private String description;
    private PaymentProvider method;
    private Money amount;
    private PaymentStatus status;
    private boolean closing;
    private String providerTransactionId;
    private final ProviderNotices notices = new ProviderNotices();
    private final ProviderRefunds refunds = new ProviderRefunds();

    protected Payment() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    public Payment(RequestPayment command, RiskCheck risk) {
        if (command.paymentId() == null || command.orderId() == null || command.customerId() == null) {
            throw RuleViolation.unprocessable("invalid-payment", "orderId", "a payment names itself, its order and its customer");
        }
        if (command.method() == null) {
            apply(new PaymentFailed(command.paymentId(), command.orderId(), "invalid-payment", "a payment names its method"));
            return;
        }
        if (command.amount() == null || command.amount().amount().signum() <= 0) {
            apply(new PaymentFailed(command.paymentId(), command.orderId(), "invalid-amount",
                    "a payment collects an amount above zero"));
            return;
        }
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
            case ALLOW -> apply(new TradeOpeningRequested(command.paymentId(), command.orderId(), command.customerId(),
                    command.method(), command.amount(), command.description()));
        }
    }

    @CommandHandler
    void handle(ApproveHeldPayment command) {
        requireHeld();
        apply(new TradeOpeningRequested(paymentId, orderId, customerId, method, amount, description));
    }

    @CommandHandler
    void handle(RejectHeldPayment command) {
        requireHeld();
        String reason = command.reason() == null || command.reason().isBlank() ? "rejected on review" : command.reason().strip();
        apply(new PaymentFailed(paymentId, orderId, "risk-rejected", reason));
    }

    private void requireHeld() {
        if (status != PaymentStatus.HELD) {
            throw RuleViolation.conflict("payment-not-held", "payment " + paymentId + " is not held for review");
        }
    }

    /** The provider opened the trade: the customer gets the action, unless the payment moved on meanwhile. */
    @CommandHandler
    void handle(RecordTradeOpened command) {
        if (status == PaymentStatus.OPENING) {
            apply(new PaymentRequested(paymentId, orderId, customerId, method, amount, command.action()));
        }
    }

    @CommandHandler
    void handle(RecordTradeRefused command) {
        if (status == PaymentStatus.OPENING) {
            log.info("payment {} failed at the provider: {} ({})", paymentId, command.reason(), command.message());
            apply(new PaymentFailed(paymentId, orderId, command.reason(), command.message()));
        }
    }

    @CommandHandler
    void handle(RecordProviderNotification command) {
        notices.judge(new ProviderNotices.Judged(paymentId, orderId, method, amount, status, providerTransactionId), command)
                .forEach(AggregateLifecycle::apply);
    }

    /**
     * Stops waiting for the money. A trade that is open or being opened is asked to close; one held for review never
     * had a trade. A payment that succeeded (the refund's business), failed or was cancelled stays as it is.
     */
    @CommandHandler
    void handle(CancelPayment command) {
        String reason = command.reason() == null ? "cancelled" : command.reason();
        if (status == PaymentStatus.HELD) {
            apply(new PaymentCancelled(paymentId, orderId, reason));
        } else if (status.awaitsTheCustomer()) {
            apply(new PaymentCancelled(paymentId, orderId, reason));
            apply(new TradeClosingRequested(paymentId, orderId, method));
        } else if (status == PaymentStatus.SUCCEEDED) {
            log.warn("payment {} was not cancelled ({}): it has succeeded, its money goes back by refund", paymentId, reason);
        }
    }

    @CommandHandler
    void handle(RecordTradeClosed command) {
        if (closing) {
            apply(new TradeClosed(paymentId, orderId));
        }
    }

    /** Cancelled all the same: a success the provider reports later is flagged for the money to go back. */
    @CommandHandler
    void handle(RecordTradeNotClosed command) {
        if (closing) {
            log.warn("payment {} is cancelled, but its trade could not be closed: {} ({})", paymentId, command.reason(),
                    command.message());
            apply(new TradeClosingFailed(paymentId, orderId, command.reason(), command.message()));
        }
    }

    @CommandHandler
    void handle(RefundPayment command) {
        refunds.ask(collected(), status == PaymentStatus.SUCCEEDED, command).ifPresent(AggregateLifecycle::apply);
    }

    @CommandHandler
    void handle(RecordRefundPaid command) {
        refunds.paid(collected(), command).ifPresent(AggregateLifecycle::apply);
    }

    @CommandHandler
    void handle(RecordRefundAccepted command) {
        refunds.accepted(collected(), command).ifPresent(AggregateLifecycle::apply);
    }

    @CommandHandler
    void handle(RecordRefundFailed command) {
        refunds.failed(collected(), command).ifPresent(AggregateLifecycle::apply);
    }

    /** A provider's word about a refund of a payment that never succeeded is refused (the notification is not taken). */
    @CommandHandler
    void handle(RecordRefundNotification command) {
        if (status != PaymentStatus.SUCCEEDED) {
            throw RuleViolation.conflict("payment-not-succeeded", "payment " + paymentId + " collected nothing to pay back");
        }
        refunds.judge(collected(), command).ifPresent(AggregateLifecycle::apply);
    }

    private ProviderRefunds.Collected collected() {
        return new ProviderRefunds.Collected(paymentId, orderId, method, amount, providerTransactionId);
    }

    @EventSourcingHandler
    void on(PaymentHeldForReview event) {
        collect(event.paymentId(), event.orderId(), event.customerId(), event.method(), event.amount(), PaymentStatus.HELD);
        description = event.description();
    }

    @EventSourcingHandler
    void on(TradeOpeningRequested event) {
        collect(event.paymentId(), event.orderId(), event.customerId(), event.method(), event.amount(), PaymentStatus.OPENING);
        description = event.description();
    }

    /** The trade is open; for payments stored before trades were opened by the adapter, this is the first event. */
    @EventSourcingHandler
    void on(PaymentRequested event) {
        collect(event.paymentId(), event.orderId(), event.customerId(), event.method(), event.amount(), PaymentStatus.REQUESTED);
    }

    private void collect(PaymentId payment, OrderId order, CustomerId customer, PaymentProvider with, Money toCollect,
                         PaymentStatus reached) {
        paymentId = payment;
        orderId = order;
        customerId = customer;
        method = with;
        amount = toCollect;
        status = reached;
    }

    @EventSourcingHandler
    void on(ProviderNotificationRecorded event) {
        notices.on(event);
    }

    @EventSourcingHandler
    void on(PaymentSucceeded event) {
        status = PaymentStatus.SUCCEEDED;
        providerTransactionId = event.providerTransactionId();
    }

    @EventSourcingHandler
    void on(PaymentFailed event) {
        paymentId = event.paymentId();
        orderId = event.orderId();
        status = PaymentStatus.FAILED;
    }

    @EventSourcingHandler
    void on(PaymentCancelled event) {
        status = PaymentStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(TradeClosingRequested event) {
        closing = true;
    }

    @EventSourcingHandler
    void on(TradeClosed event) {
        closing = false;
    }

    @EventSourcingHandler
    void on(TradeClosingFailed event) {
        closing = false;
    }

    @EventSourcingHandler
    void on(PaymentRefundRequested event) {
        refunds.on(event);
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
