package io.kiosk.api.payment;

import io.kiosk.api.order.OrderId;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundId;
import org.axonframework.serialization.Revision;

/**
 * The payment refused to pay {@code amount} back as refund {@code refundId}, before any provider was asked, and will
 * refuse it again ({@code reason}: {@code payment-not-succeeded}, {@code refund-exceeds-payment},
 * {@code invalid-refund-amount}; {@code message} for people): the refund needs a person, not another try.
 */
@Revision("1")
public record PaymentRefundRefused(PaymentId paymentId, OrderId orderId, RefundId refundId, Money amount, String reason,
                                   String message) {
}
