package io.kiosk.api.order;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.axonframework.serialization.Revision;

/** The order was stopped before its goods left; {@code wasPaid} says whether money must go back (a refund's business). */
@Revision("1")
public record OrderCancelled(OrderId orderId, CancellationReason reason, boolean wasPaid) implements OrderStatusReached {

    @JsonIgnore
    @Override
    public OrderStatus status() {
        return OrderStatus.CANCELLED;
    }
}
