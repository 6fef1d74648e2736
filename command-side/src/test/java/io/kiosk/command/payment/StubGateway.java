package io.kiosk.command.payment;

import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.payment.PaymentAction;
import io.kiosk.api.payment.PaymentId;

import java.util.ArrayList;
import java.util.List;

/** A provider for aggregate tests: answers what it is told (or refuses with {@code refusal}) and remembers what it was asked. */
final class StubGateway implements PaymentGateway {

    PaymentAction answer = new PaymentAction(PaymentAction.Kind.REDIRECT, "https://openapi.alipay.com/gateway.do?x=1");
    ProviderRefusal refusal;
    RefundReceipt refundAnswer = RefundReceipt.pending("provider-refund-1");
    ProviderRefusal refundRefusal;
    final List<Trade> opened = new ArrayList<>();
    final List<PaymentId> closed = new ArrayList<>();
    final List<ProviderRefund> refunds = new ArrayList<>();

    @Override
    public PaymentAction open(Trade trade) {
        if (refusal != null) {
            throw refusal;
        }
        opened.add(trade);
        return answer;
    }

    @Override
    public void close(PaymentId paymentId, PaymentProvider method) {
        if (refusal != null) {
            throw refusal;
        }
        closed.add(paymentId);
    }

    @Override
    public RefundReceipt refund(ProviderRefund refund) {
        refunds.add(refund);
        if (refundRefusal != null) {
            throw refundRefusal;
        }
        return refundAnswer;
    }
}
