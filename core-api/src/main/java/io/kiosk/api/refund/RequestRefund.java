package io.kiosk.api.refund;

import io.kiosk.api.order.OrderId;
import io.kiosk.api.text.FreeText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A customer asks for money back for some units of their paid order ({@code items}; none means every unit
 * not yet refunded), for a reason, with or without sending the goods back. It goes to the order, which
 * keeps the return window and never lets refunds add up to more than was paid; the refund itself is
 * opened as {@code refundId}.
 */
public record RequestRefund(@TargetAggregateIdentifier OrderId orderId, RefundId refundId, List<RefundItem> items,
                            RefundReason reason, String note, boolean withReturn) {

    public static final int MAX_NOTE = 500;

    public RequestRefund {
        Objects.requireNonNull(orderId, "orderId is required");
        Objects.requireNonNull(refundId, "refundId is required");
        Objects.requireNonNull(reason, "reason is required");
        items = items == null ? List.of() : List.copyOf(items);
        var named = new HashSet<>();
        for (RefundItem item : items) {
            if (!named.add(item.lineId())) {
                throw new IllegalArgumentException("line " + item.lineId() + " is named twice");
            }
        }
        note = FreeText.note("note", note, MAX_NOTE);
    }

    /** Whether the customer named no lines: every unit not yet refunded. */
    public boolean wholeOrder() {
        return items.isEmpty();
    }
}
