package io.kiosk.api.refund;

import io.kiosk.api.text.FreeText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The back office says no, and why (the customer is told). */
public record RejectRefund(@TargetAggregateIdentifier RefundId refundId, String reason) {

    public RejectRefund {
        reason = FreeText.requiredNote("reason", reason, RequestRefund.MAX_NOTE);
    }
}
