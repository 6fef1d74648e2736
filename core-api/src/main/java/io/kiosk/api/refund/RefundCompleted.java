package io.kiosk.api.refund;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.pricing.Money;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The provider paid {@code amount} back ({@code providerRefundId} is its own number for the refund). */
@Revision("1")
public record RefundCompleted(RefundId refundId, OrderId orderId, Money amount, String providerRefundId, Instant refundedAt)
        implements RefundStatusReached {

    @JsonIgnore
    @Override
    public RefundStatus status() {
        return RefundStatus.REFUNDED;
    }
}
