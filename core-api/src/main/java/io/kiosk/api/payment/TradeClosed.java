package io.kiosk.api.payment;

import io.kiosk.api.order.OrderId;
import org.axonframework.serialization.Revision;

/** The provider closed the cancelled payment's trade (or had none to close): it can no longer be paid. */
@Revision("1")
public record TradeClosed(PaymentId paymentId, OrderId orderId) {
}
