package io.kiosk.api.payment;

import io.kiosk.api.order.OrderId;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundId;

import java.time.Instant;

/** The provider paid {@code amount} of the payment back as refund {@code refundId}. */
public record PaymentRefunded(PaymentId paymentId, OrderId orderId, RefundId refundId, Money amount, String providerRefundId,
                              Instant refundedAt) {
}
