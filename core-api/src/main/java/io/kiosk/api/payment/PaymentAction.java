package io.kiosk.api.payment;

import java.util.Objects;

/**
 * What the customer does next to pay: open a page ({@code REDIRECT}: Alipay's cashier, the card
 * provider's or the sandbox's payment page), scan a code ({@code QR_CODE}: WeChat Pay Native's
 * {@code code_url}), or hand a secret to the provider's script ({@code CLIENT_SECRET}: a card payment intent).
 */
public record PaymentAction(Kind kind, String value) {

    public enum Kind { REDIRECT, QR_CODE, CLIENT_SECRET }

    public PaymentAction {
        Objects.requireNonNull(kind, "kind is required");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a payment action needs a value");
        }
    }
}
