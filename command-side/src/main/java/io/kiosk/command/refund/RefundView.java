package io.kiosk.command.refund;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundId;
import io.kiosk.api.refund.RefundLine;
import io.kiosk.api.refund.RefundReason;
import io.kiosk.api.refund.RefundStatus;

import java.time.Instant;
import java.util.List;

/**
 * A refund as the work list shows it: what was asked ({@code requested}, the units in {@code lines}, reason, note,
 * with or without return), what was approved and paid back, where it stands, and what the last step said
 * ({@code statusNote}: the approval's or inspection's note, the rejection's reason, why it was escalated). With a
 * return: the address and deadline, and the shipment the customer entered.
 */
public record RefundView(RefundId refundId, OrderId orderId, CustomerId customerId, RefundStatus status, RefundReason reason,
                         @Nullable String note, boolean withReturn, List<RefundLine> lines, Money requested, @Nullable Money approved,
                         @Nullable Money refunded, @Nullable PaymentProvider method, @Nullable String statusNote, @Nullable Instant returnDeadline,
                         @Nullable String returnCarrier, @Nullable String returnTrackingNumber, int attempts, Instant requestedAt,
                         Instant updatedAt, long version) {

    public RefundView {
        lines = List.copyOf(lines);
    }

    /** One page of refunds, oldest first: how many match in all, and this page's. */
    @Schema(name = "RefundPage")
    public record Page(long total, int page, int size, List<RefundView> refunds) {

        public Page {
            refunds = List.copyOf(refunds);
        }
    }
}
