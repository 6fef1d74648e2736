package io.kiosk.api.refund;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.kiosk.api.order.OrderId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The goods were not sent back before {@code deadline}: the refund ends without money. */
@Revision("1")
public record ReturnDeadlinePassed(RefundId refundId, OrderId orderId, Instant deadline) implements RefundStatusReached {

    @JsonIgnore
    @Override
    public RefundStatus status() {
        return RefundStatus.RETURN_EXPIRED;
    }
}
