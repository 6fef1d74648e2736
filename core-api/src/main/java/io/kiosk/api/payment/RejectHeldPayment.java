package io.kiosk.api.payment;

import io.kiosk.api.text.FreeText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The back office refuses a payment held for review: it fails ({@code risk-rejected}) without reaching a provider. */
public record RejectHeldPayment(@TargetAggregateIdentifier PaymentId paymentId, String reason) {

    public static final int MAX_REASON = 500;

    public RejectHeldPayment {
        reason = FreeText.note("reason", reason, MAX_REASON);
    }
}
