package io.kiosk.api.refund;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.kiosk.api.order.OrderId;
import org.axonframework.serialization.Revision;

/** The goods came back and passed inspection ({@code note}: what the warehouse saw): the money goes now. */
@Revision("1")
public record ReturnAccepted(RefundId refundId, OrderId orderId, String note) implements RefundStatusReached {

    @JsonIgnore
    @Override
    public RefundStatus status() {
        return RefundStatus.PAYING_OUT;
    }
}
