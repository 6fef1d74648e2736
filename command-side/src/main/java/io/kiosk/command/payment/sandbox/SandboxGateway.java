package io.kiosk.command.payment.sandbox;

import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.payment.PaymentAction;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.command.payment.PaymentGateway;
import io.kiosk.command.payment.ProviderRefusal;
import io.kiosk.command.payment.Trade;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every method through the built-in simulator: the customer is sent to Kiosk's own sandbox page (WeChat
 * Pay's "code" is the page's address, as a phone would open it), which then notifies Kiosk as the real
 * provider would. Open trades are kept in memory: a restart forgets them, as a sandbox may.
 */
public class SandboxGateway implements PaymentGateway {

    private final String pageBase;
    private final Map<PaymentId, Trade> trades = new ConcurrentHashMap<>();
    private final Map<PaymentId, Boolean> closed = new ConcurrentHashMap<>();

    SandboxGateway(String publicUrl) {
        this.pageBase = publicUrl.replaceAll("/+$", "") + "/sandbox/pay/";
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

    Optional<Trade> trade(PaymentId paymentId) {
        return Optional.ofNullable(trades.get(paymentId));
    }

    boolean isClosed(PaymentId paymentId) {
        return closed.containsKey(paymentId);
    }
}
