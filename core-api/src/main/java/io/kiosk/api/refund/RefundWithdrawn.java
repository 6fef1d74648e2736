package io.kiosk.api.refund;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.kiosk.api.order.OrderId;
import org.axonframework.serialization.Revision;

/** The customer took the request back before the goods were sent or the money went. */
@Revision("1")
public record RefundWithdrawn(RefundId refundId, OrderId orderId) implements RefundStatusReached {

    @JsonIgnore
    @Override
    public RefundStatus status() {
        return RefundStatus.WITHDRAWN;
    }
}
