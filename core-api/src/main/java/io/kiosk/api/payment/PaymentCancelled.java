package io.kiosk.api.payment;

import io.kiosk.api.order.OrderId;
import org.axonframework.serialization.Revision;

/** The payment was cancelled before it succeeded. */
@Revision("1")
public record PaymentCancelled(PaymentId paymentId, OrderId orderId, String reason) {
}
