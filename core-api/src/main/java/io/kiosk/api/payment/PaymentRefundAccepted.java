package io.kiosk.api.payment;

import io.kiosk.api.order.OrderId;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundId;
import org.axonframework.serialization.Revision;

/** The provider took refund {@code refundId} and will say when the money is back (WeChat Pay, a pending card refund). */
@Revision("1")
public record PaymentRefundAccepted(PaymentId paymentId, OrderId orderId, RefundId refundId, Money amount,
                                    String providerRefundId) {
}
