package io.kiosk.api.refund;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.kiosk.api.order.OrderId;
import org.axonframework.serialization.Revision;

/** The customer sent the goods back with {@code carrier} under {@code trackingNumber}. */
@Revision("1")
public record ReturnShipped(RefundId refundId, OrderId orderId, String carrier, String trackingNumber)
        implements RefundStatusReached {

    @JsonIgnore
    @Override
    public RefundStatus status() {
        return RefundStatus.RETURN_SHIPPED;
    }
}
