package io.kiosk.api.order;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** The goods reached the customer; the order is complete. */
public record OrderDelivered(OrderId orderId) implements OrderStatusReached {

    @JsonIgnore
    @Override
    public OrderStatus status() {
        return OrderStatus.DELIVERED;
    }
}
