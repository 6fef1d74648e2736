package io.kiosk.api.payment;

import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundId;
import org.axonframework.serialization.Revision;

/**
 * The payment, which collected {@code collected} with {@code method} (the provider's own transaction, when it said,
 * is {@code providerTransactionId}), asked its provider to pay {@code amount} back as refund {@code refundId} (the
 * provider's refund number, so asking again never pays twice), shown with {@code reason}. The amount counts against
 * what is left to pay back from now on; the provider adapter asks after this is stored and says what came of it
 * ({@link PaymentRefunded}, {@link PaymentRefundAccepted} or {@link PaymentRefundFailed}).
 */
@Revision("1")
public record PaymentRefundRequested(PaymentId paymentId, OrderId orderId, RefundId refundId, Money amount,
                                     PaymentProvider method, Money collected, String providerTransactionId, String reason) {
}
