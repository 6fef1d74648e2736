package io.kiosk.api.refund;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.kiosk.api.order.OrderId;
import org.axonframework.serialization.Revision;

/** The goods came back but failed inspection ({@code note} says why): no money goes back. */
@Revision("1")
public record ReturnRefused(RefundId refundId, OrderId orderId, String note) implements RefundStatusReached {

    @JsonIgnore
    @Override
    public RefundStatus status() {
        return RefundStatus.RETURN_REFUSED;
    }
}
