package io.kiosk.command.payment;

import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.payment.PaymentAction;
import io.kiosk.api.payment.PaymentId;

/**
 * The port to the payment providers: opens a trade for a payment, closes it again, and pays money of a collected
 * payment back. Adapters speak one
 * provider's protocol each (Alipay, WeChat Pay, a card processor, the sandbox); {@link PaymentGateways}
 * routes each payment to the adapter for its method. Notifications travel the other way, through each
 * adapter's own endpoint, as {@code RecordProviderNotification} commands.
 */
public interface PaymentGateway {

    /**
     * Asks the provider to open a trade for {@code trade.paymentId()} and answers what the customer does
     * next to pay.
     *
     * @throws ProviderRefusal when the provider refuses the trade or cannot be reached
     */
    PaymentAction open(Trade trade);

    /**
     * Closes the trade at the provider so it can no longer be paid; a provider or method without closing
     * ignores it.
     *
     * @throws ProviderRefusal when the provider refuses to close or cannot be reached
     */
    void close(PaymentId paymentId, PaymentProvider method);

    /**
     * Asks the provider to pay {@code refund.amount()} of a collected payment back. Idempotent at the provider:
     * the refund's id is the merchant's refund number, so asking again for the same refund never pays twice.
     *
     * @throws ProviderRefusal when the provider refuses the refund or cannot be reached
     */
    RefundReceipt refund(ProviderRefund refund);
}
