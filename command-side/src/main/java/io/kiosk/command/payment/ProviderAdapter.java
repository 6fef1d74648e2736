package io.kiosk.command.payment;

import io.kiosk.api.payment.PaymentAction;
import io.kiosk.api.payment.PaymentRefundRequested;
import io.kiosk.api.payment.RecordRefundAccepted;
import io.kiosk.api.payment.RecordRefundFailed;
import io.kiosk.api.payment.RecordRefundPaid;
import io.kiosk.api.payment.RecordTradeClosed;
import io.kiosk.api.payment.RecordTradeNotClosed;
import io.kiosk.api.payment.RecordTradeOpened;
import io.kiosk.api.payment.RecordTradeRefused;
import io.kiosk.api.payment.TradeClosingRequested;
import io.kiosk.api.payment.TradeOpeningRequested;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Says to the providers what payments decided, after their events are stored, and reports each provider's answer
 * back to its payment with a command: opens the trade a payment asked for ({@link TradeOpeningRequested} →
 * {@link RecordTradeOpened} with the customer's action, or {@link RecordTradeRefused}), closes the trade of a
 * cancelled payment ({@link TradeClosingRequested} → {@link RecordTradeClosed} or {@link RecordTradeNotClosed}), pays
 * a refund back ({@link PaymentRefundRequested} → {@link RecordRefundPaid}, {@link RecordRefundAccepted} or
 * {@link RecordRefundFailed}).
 *
 * <p>It runs in a processor of its own ({@code payment-provider}), segmented by payment, with as many threads as
 * segments: a provider that is slow or down for one payment holds up that payment's segment, never the checkout and
 * never a payment in another segment. Each call has its own timeouts and is tried again with back-off while the
 * provider is unavailable ({@link ProviderCalls}); after the last try the failure is reported, and the payment fails
 * (its order is cancelled and its stock released). No database connection is held while it waits for a provider:
 * the command side's connections are lent only for a statement's time ({@code LazyConnections}), so the report and the
 * processor's token are written in one short transaction after the answer came. Every call is idempotent at the
 * provider (the payment's and the refund's ids are the merchant's numbers), so an event handled again after a crash
 * asks again and gets the same answer; a report that comes too late changes nothing on the payment.
 */
@Component
@ProcessingGroup(ProviderAdapter.PROCESSING_GROUP)
class ProviderAdapter {

    static final String PROCESSING_GROUP = "payment-provider";

    private final PaymentGateway gateway;
    private final ProviderCalls calls;
    private final CommandGateway commands;

    ProviderAdapter(PaymentGateway gateway, ProviderCallProperties settings, CommandGateway commands) {
        this.gateway = gateway;
        this.calls = new ProviderCalls(settings);
        this.commands = commands;
    }

    @EventHandler
    void on(TradeOpeningRequested event) {
        Object report;
        try {
            PaymentAction action = calls.call("payment " + event.paymentId() + ": opening its trade",
                    () -> gateway.open(new Trade(event.paymentId(), event.method(), event.amount(), event.description())));
            report = new RecordTradeOpened(event.paymentId(), action);
        } catch (ProviderRefusal refusal) {
            report = new RecordTradeRefused(event.paymentId(), refusal.reason(), refusal.getMessage());
        }
        commands.sendAndWait(report);
    }

    @EventHandler
    void on(TradeClosingRequested event) {
        Object report;
        try {
            calls.call("payment " + event.paymentId() + ": closing its trade", () -> {
                gateway.close(event.paymentId(), event.method());
                return true;
            });
            report = new RecordTradeClosed(event.paymentId());
        } catch (ProviderRefusal refusal) {
            report = new RecordTradeNotClosed(event.paymentId(), refusal.reason(), refusal.getMessage());
        }
        commands.sendAndWait(report);
    }

    @EventHandler
    void on(PaymentRefundRequested event) {
        Object report;
        try {
            RefundReceipt receipt = calls.call("payment " + event.paymentId() + ": refund " + event.refundId(),
                    () -> gateway.refund(new ProviderRefund(event.refundId(), event.paymentId(), event.method(), event.amount(),
                            event.collected(), event.providerTransactionId(), event.reason())));
            report = receipt.completed()
                    ? new RecordRefundPaid(event.paymentId(), event.refundId(), receipt.providerRefundId(), receipt.completedAt())
                    : new RecordRefundAccepted(event.paymentId(), event.refundId(), receipt.providerRefundId());
        } catch (ProviderRefusal refusal) {
            report = new RecordRefundFailed(event.paymentId(), event.refundId(), refusal.reason(), refusal.getMessage());
        }
        commands.sendAndWait(report);
    }
}
