package io.kiosk.api.order;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.kiosk.api.payment.PaymentId;
import org.axonframework.serialization.Revision;

/** The order was paid through {@code paymentId}; it waits for the back office to pick it. */
@Revision("1")
public record OrderPaid(OrderId orderId, PaymentId paymentId) implements OrderStatusReached {

    @JsonIgnore
    @Override
    public OrderStatus status() {
        return OrderStatus.PAID;
    }
}
