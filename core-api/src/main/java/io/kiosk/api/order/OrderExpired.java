package io.kiosk.api.order;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.axonframework.serialization.Revision;

/** The order was not paid in time and is closed. */
@Revision("1")
public record OrderExpired(OrderId orderId) implements OrderStatusReached {

    @JsonIgnore
    @Override
    public OrderStatus status() {
        return OrderStatus.EXPIRED;
    }
}
