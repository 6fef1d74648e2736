package io.kiosk.api.order;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.kiosk.api.delivery.DeliveryWindow;
import org.axonframework.serialization.Revision;

/** The goods left with {@code carrier} under {@code trackingNumber}; they are now expected within {@code eta}. */
@Revision("1")
public record OrderShipped(OrderId orderId, String carrier, String trackingNumber, DeliveryWindow eta) implements OrderStatusReached {

    @JsonIgnore
    @Override
    public OrderStatus status() {
        return OrderStatus.SHIPPED;
    }
}
