package io.kiosk.api.order;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** The order was not paid in time and is closed. */
public record OrderExpired(OrderId orderId) implements OrderStatusReached {

    @JsonIgnore
    @Override
    public OrderStatus status() {
        return OrderStatus.EXPIRED;
    }
}
