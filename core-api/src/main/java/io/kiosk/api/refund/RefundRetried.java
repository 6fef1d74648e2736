package io.kiosk.api.refund;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.kiosk.api.order.OrderId;
import org.axonframework.serialization.Revision;

/** The back office asked for an escalated refund to be paid out again. */
@Revision("1")
public record RefundRetried(RefundId refundId, OrderId orderId) implements RefundStatusReached {

    @JsonIgnore
    @Override
    public RefundStatus status() {
        return RefundStatus.PAYING_OUT;
    }
}
