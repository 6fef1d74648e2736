package io.kiosk.api.refund;

import jakarta.annotation.Nullable;
import io.kiosk.api.customer.DeliveryAddress;
import io.kiosk.api.pricing.Money;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A refund of an order as the customer and the back office follow it: where it stands, what it is for, what was
 * asked, approved and paid back, and, for a return of goods, where they go and how they travel. {@code note} is
 * the last word of the back office (why it was rejected, what the inspection found); null until there is one.
 * Amounts not decided yet (approved, refunded) and return details not known yet are null.
 */
public record RefundSummary(RefundId refundId,
                            RefundStatus status,
                            RefundReason reason,
                            boolean withReturn,
                            List<RefundLine> lines,
                            Money requested,
                            @Nullable Money approved,
                            @Nullable Money refunded,
                            @Nullable DeliveryAddress returnAddress,
                            @Nullable Instant returnDeadline,
                            @Nullable String returnCarrier,
                            @Nullable String returnTrackingNumber,
                            @Nullable String note,
                            Instant requestedAt,
                            Instant updatedAt) {

    public RefundSummary {
        Objects.requireNonNull(refundId, "refundId is required");
        Objects.requireNonNull(status, "status is required");
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
