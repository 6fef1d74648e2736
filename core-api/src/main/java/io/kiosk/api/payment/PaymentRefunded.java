package io.kiosk.api.payment;

import io.kiosk.api.order.OrderId;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The provider paid {@code amount} of the payment back as refund {@code refundId}. */
@Revision("1")
public record PaymentRefunded(PaymentId paymentId, OrderId orderId, RefundId refundId, Money amount, String providerRefundId,
                              Instant refundedAt) {
}
