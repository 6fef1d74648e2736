package io.kiosk.command.payment;

import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.payment.PaymentAction;
import io.kiosk.api.payment.PaymentId;

import java.util.EnumMap;
import java.util.Map;

/**
 * The gateway the {@link Payment} sees: each method goes to the adapter configured for it. A method with
 * no adapter (no merchant account configured) is refused, which fails the payment at once rather than
 * leaving the customer waiting.
 */
public final class PaymentGateways implements PaymentGateway {

    private final Map<PaymentProvider, PaymentGateway> byMethod;

    public PaymentGateways(Map<PaymentProvider, PaymentGateway> byMethod) {
        this.byMethod = byMethod.isEmpty() ? Map.of() : new EnumMap<>(byMethod);
    }

    @Override
    public PaymentAction open(Trade trade) {
        return adapterFor(trade.method()).open(trade);
    }

    @Override
    public void close(PaymentId paymentId, PaymentProvider method) {
        if (method != null && byMethod.containsKey(method)) {
            byMethod.get(method).close(paymentId, method);
        }
    }

    @Override
    public RefundReceipt refund(ProviderRefund refund) {
        return adapterFor(refund.method()).refund(refund);
    }

    private PaymentGateway adapterFor(PaymentProvider method) {
        PaymentGateway adapter = byMethod.get(method);
        if (adapter == null) {
            throw new ProviderRefusal("method-unavailable", method + " is not configured on this Kiosk");
        }
        return adapter;
    }
}
