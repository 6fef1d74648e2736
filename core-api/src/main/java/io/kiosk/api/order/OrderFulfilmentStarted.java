package io.kiosk.api.order;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.axonframework.serialization.Revision;

/** The warehouse started picking the order. */
@Revision("1")
public record OrderFulfilmentStarted(OrderId orderId) implements OrderStatusReached {

    @JsonIgnore
    @Override
    public OrderStatus status() {
        return OrderStatus.IN_FULFILMENT;
    }
}
