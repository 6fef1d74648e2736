package io.kiosk.api.refund;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.kiosk.api.order.OrderId;
import org.axonframework.serialization.Revision;

/**
 * The money could not go back: the provider failed {@code attempts} times (last: {@code reason}, a stable code,
 * and {@code message} for people), or refused in a way no retry mends. A person looks; they may retry.
 */
@Revision("1")
public record RefundEscalated(RefundId refundId, OrderId orderId, int attempts, String reason, String message)
        implements RefundStatusReached {

    @JsonIgnore
    @Override
    public RefundStatus status() {
        return RefundStatus.ESCALATED;
    }
}
