package io.kiosk.command.payment.sandbox;

import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.payment.PaymentAction;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.refund.RefundId;
import io.kiosk.command.payment.PaymentGateway;
import io.kiosk.command.payment.ProviderRefund;
import io.kiosk.command.payment.ProviderRefusal;
import io.kiosk.command.payment.RefundReceipt;
import io.kiosk.command.payment.Trade;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every method through the built-in simulator: the customer is sent to Kiosk's own sandbox page (WeChat
 * Pay's "code" is the page's address, as a phone would open it), which then notifies Kiosk as the real
 * provider would. Refunds are answered as each provider answers them: Alipay and the card processor pay back
 * at once; WeChat Pay answers {@code PROCESSING} and confirms a moment later with its signed, encrypted
 * {@code REFUND.SUCCESS} notification. A refund asked again under the same id is the same refund. Open trades
 * and refunds are kept in memory: a restart forgets them, as a sandbox may.
 */
public class SandboxGateway implements PaymentGateway {

    private final String pageBase;
    private final SandboxNotices notices;
    private final Clock clock;
    private final Map<PaymentId, Trade> trades = new ConcurrentHashMap<>();
    private final Map<PaymentId, Boolean> closed = new ConcurrentHashMap<>();
    private final Map<RefundId, ProviderRefund> refunds = new ConcurrentHashMap<>();

    SandboxGateway(String publicUrl, SandboxNotices notices, Clock clock) {
        this.pageBase = publicUrl.replaceAll("/+$", "") + "/sandbox/pay/";
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public PaymentAction open(Trade trade) {
        if (trade.method() != PaymentProvider.CARD && !trade.amount().currency().getCurrencyCode().equals("CNY")) {
            throw new ProviderRefusal("currency-not-supported", trade.method() + " collects CNY, not " + trade.amount().currency());
        }
        trades.put(trade.paymentId(), trade);
        String page = pageBase + trade.paymentId();
        return trade.method() == PaymentProvider.WECHAT_PAY
                ? new PaymentAction(PaymentAction.Kind.QR_CODE, page)
                : new PaymentAction(PaymentAction.Kind.REDIRECT, page);
    }

    @Override
    public void close(PaymentId paymentId, PaymentProvider method) {
        closed.put(paymentId, true);
    }

    @Override
    public RefundReceipt refund(ProviderRefund refund) {
        if (refund.method() != PaymentProvider.CARD && !refund.amount().currency().getCurrencyCode().equals("CNY")) {
            throw new ProviderRefusal("currency-not-supported", refund.method() + " refunds CNY, not " + refund.amount().currency());
        }
        ProviderRefund earlier = refunds.putIfAbsent(refund.refundId(), refund);
        String providerRefundId = "sandbox-refund-" + refund.refundId().value().toString().replace("-", "");
        if (refund.method() == PaymentProvider.WECHAT_PAY && earlier == null) {
            notices.refundLater(refund, providerRefundId);
            return RefundReceipt.pending(providerRefundId);
        }
        return RefundReceipt.completed(providerRefundId, clock.instant());
    }

    Optional<Trade> trade(PaymentId paymentId) {
        return Optional.ofNullable(trades.get(paymentId));
    }

    boolean isClosed(PaymentId paymentId) {
        return closed.containsKey(paymentId);
    }
}
