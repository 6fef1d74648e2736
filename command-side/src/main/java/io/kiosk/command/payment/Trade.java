package io.kiosk.command.payment;

import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.pricing.Money;

import java.util.Objects;

/** What a provider is asked to collect: the payment's id makes the merchant's trade number at the provider ({@link TradeNumbers}). */
public record Trade(PaymentId paymentId, PaymentProvider method, Money amount, String description) {

    public Trade {
        Objects.requireNonNull(paymentId, "payment id is required");
        Objects.requireNonNull(method, "method is required");
        Objects.requireNonNull(amount, "amount is required");
        description = description == null || description.isBlank() ? "Kiosk order" : description;
    }
}
