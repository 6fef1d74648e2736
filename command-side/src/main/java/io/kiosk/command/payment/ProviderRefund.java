package io.kiosk.command.payment;

import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundId;

import java.util.Objects;

/**
 * What a provider is asked to pay back: {@code amount} of the payment {@code paymentId} that collected
 * {@code collected} with {@code method} (the provider's own transaction, when it told us, is
 * {@code providerTransactionId}). The refund's id is the merchant's refund number at the provider.
 */
public record ProviderRefund(RefundId refundId, PaymentId paymentId, PaymentProvider method, Money amount, Money collected,
                             String providerTransactionId, String reason) {

    public ProviderRefund {
        Objects.requireNonNull(refundId, "refund id is required");
        Objects.requireNonNull(paymentId, "payment id is required");
        Objects.requireNonNull(method, "method is required");
        Objects.requireNonNull(amount, "amount is required");
        Objects.requireNonNull(collected, "the collected amount is required");
        reason = reason == null || reason.isBlank() ? "Kiosk refund" : reason;
    }
}
