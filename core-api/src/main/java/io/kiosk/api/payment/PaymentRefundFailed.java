package io.kiosk.api.payment;

import io.kiosk.api.order.OrderId;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundId;
import org.axonframework.serialization.Revision;

/**
 * One try to pay refund {@code refundId} back failed ({@code reason}: a stable code such as
 * {@code provider-unavailable} or {@code refund-abnormal}; {@code message} for people). The refund process
 * decides whether to try again.
 */
@Revision("1")
public record PaymentRefundFailed(PaymentId paymentId, OrderId orderId, RefundId refundId, Money amount, String reason,
                                  String message) {
}
