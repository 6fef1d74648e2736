package io.kiosk.api.refund;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.kiosk.api.order.OrderId;
import org.axonframework.serialization.Revision;

/** The back office refused the refund, for {@code reason} (told to the customer). */
@Revision("1")
public record RefundRejected(RefundId refundId, OrderId orderId, String reason) implements RefundStatusReached {

    @JsonIgnore
    @Override
    public RefundStatus status() {
        return RefundStatus.REJECTED;
    }
}
