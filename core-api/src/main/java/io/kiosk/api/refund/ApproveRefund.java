package io.kiosk.api.refund;

import io.kiosk.api.pricing.Money;
import io.kiosk.api.text.FreeText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The back office says yes: for the amount asked, or for less ({@code amount}; {@code null}: as asked). */
public record ApproveRefund(@TargetAggregateIdentifier RefundId refundId, Money amount, String note) {

    public ApproveRefund {
        note = FreeText.note("note", note, RequestRefund.MAX_NOTE);
    }
}
