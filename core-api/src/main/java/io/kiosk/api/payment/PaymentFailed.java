package io.kiosk.api.payment;

import io.kiosk.api.order.OrderId;
import org.axonframework.serialization.Revision;

/** The payment cannot succeed any more (declined, refused by a risk rule, provider error); {@code reason} is a stable code, {@code message} for people. */
@Revision("1")
public record PaymentFailed(PaymentId paymentId, OrderId orderId, String reason, String message) {
}
