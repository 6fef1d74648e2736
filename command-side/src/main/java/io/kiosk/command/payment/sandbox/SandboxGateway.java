package io.kiosk.command.payment.sandbox;

import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.payment.PaymentAction;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.command.payment.PaymentGateway;
import io.kiosk.command.payment.ProviderRefund;
import io.kiosk.command.payment.ProviderRefusal;
import io.kiosk.command.payment.RefundReceipt;
import io.kiosk.command.payment.Trade;

import java.time.Clock;
import java.util.Optional;

/**
 * Every method through the built-in simulator: the customer is sent to Kiosk's own sandbox page (WeChat
 * Pay's "code" is the page's address, as a phone would open it), which then notifies Kiosk as the real
 * provider would. Refunds are answered as each provider answers them: Alipay and the card processor pay back
 * at once; WeChat Pay answers {@code PROCESSING} and confirms a moment later with its signed, encrypted
 * {@code REFUND.SUCCESS} notification. A refund asked again under the same id is the same refund. Trades and
 * refunds are kept in PostgreSQL ({@link SandboxStore}), so every command-side instance knows them.
 */
public class SandboxGateway implements PaymentGateway {

    private final String pageBase;
    private final SandboxNotices notices;
    private final SandboxStore store;
    private final Clock clock;

    SandboxGateway(String publicUrl, SandboxNotices notices, SandboxStore store, Clock clock) {
        this.pageBase = publicUrl.replaceAll("/+$", "") + "/sandbox/pay/";
        this.notices = notices;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public PaymentAction open(Trade trade) {
        if (trade.method() != PaymentProvider.CARD && !trade.amount().currency().getCurrencyCode().equals("CNY")) {
            throw new ProviderRefusal("currency-not-supported", trade.method() + " collects CNY, not " + trade.amount().currency());
        }
        store.open(trade);
        String page = pageBase + trade.paymentId();
        return trade.method() == PaymentProvider.WECHAT_PAY
                ? new PaymentAction(PaymentAction.Kind.QR_CODE, page)
                : new PaymentAction(PaymentAction.Kind.REDIRECT, page);
    }

    @Override
    public void close(PaymentId paymentId, PaymentProvider method) {
        store.close(paymentId);
    }

    @Override
    public RefundReceipt refund(ProviderRefund refund) {
        if (refund.method() != PaymentProvider.CARD && !refund.amount().currency().getCurrencyCode().equals("CNY")) {
            throw new ProviderRefusal("currency-not-supported", refund.method() + " refunds CNY, not " + refund.amount().currency());
        }
        boolean first = store.firstAsked(refund);
        String providerRefundId = "sandbox-refund-" + refund.refundId().value().toString().replace("-", "");
        if (refund.method() == PaymentProvider.WECHAT_PAY && first) {
            notices.refundLater(refund, providerRefundId);
            return RefundReceipt.pending(providerRefundId);
        }
        return RefundReceipt.completed(providerRefundId, clock.instant());
    }

    Optional<Trade> trade(PaymentId paymentId) {
        return store.trade(paymentId);
    }

    boolean isClosed(PaymentId paymentId) {
        return store.isClosed(paymentId);
    }
}
