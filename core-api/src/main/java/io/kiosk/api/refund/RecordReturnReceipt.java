package io.kiosk.api.refund;

import io.kiosk.api.text.FreeText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The warehouse received the goods and inspected them: {@code accepted} or not, and what it saw ({@code note}). */
public record RecordReturnReceipt(@TargetAggregateIdentifier RefundId refundId, boolean accepted, String note) {

    public RecordReturnReceipt {
        note = FreeText.note("note", note, RequestRefund.MAX_NOTE);
    }
}
