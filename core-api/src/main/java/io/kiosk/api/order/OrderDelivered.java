package io.kiosk.api.order;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.axonframework.serialization.Revision;

/** The goods reached the customer; the order is complete. */
@Revision("1")
public record OrderDelivered(OrderId orderId) implements OrderStatusReached {

    @JsonIgnore
    @Override
    public OrderStatus status() {
        return OrderStatus.DELIVERED;
    }
}
