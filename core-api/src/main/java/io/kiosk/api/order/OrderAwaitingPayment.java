package io.kiosk.api.order;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.kiosk.api.payment.PaymentId;
import org.axonframework.serialization.Revision;

/** The order's goods are reserved and Kiosk waits for the payment {@code paymentId}. */
@Revision("1")
public record OrderAwaitingPayment(OrderId orderId, PaymentId paymentId) implements OrderStatusReached {

    @JsonIgnore
    @Override
    public OrderStatus status() {
        return OrderStatus.AWAITING_PAYMENT;
    }
}
