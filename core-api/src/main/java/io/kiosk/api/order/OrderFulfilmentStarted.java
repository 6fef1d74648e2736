package io.kiosk.api.order;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** The warehouse started picking the order. */
public record OrderFulfilmentStarted(OrderId orderId) implements OrderStatusReached {

    @JsonIgnore
    @Override
    public OrderStatus status() {
        return OrderStatus.IN_FULFILMENT;
    }
}
