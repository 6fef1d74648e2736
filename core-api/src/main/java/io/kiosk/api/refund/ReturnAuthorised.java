package io.kiosk.api.refund;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.kiosk.api.customer.DeliveryAddress;
import io.kiosk.api.order.OrderId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The customer may send the goods back to {@code returnAddress}; they must be on their way before {@code deadline}. */
@Revision("1")
public record ReturnAuthorised(RefundId refundId, OrderId orderId, DeliveryAddress returnAddress, Instant deadline)
        implements RefundStatusReached {

    @JsonIgnore
    @Override
    public RefundStatus status() {
        return RefundStatus.AWAITING_RETURN;
    }
}
