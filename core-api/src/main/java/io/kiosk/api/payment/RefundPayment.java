package io.kiosk.api.payment;

import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Pay {@code amount} of a succeeded payment back through its provider, as refund {@code refundId} (the
 * provider's refund number, so asking again never pays twice). {@code reason} is shown by the provider. The payment
 * answers with its events, never an exception: {@link PaymentRefundRequested} (the provider is asked next) or
 * {@link PaymentRefundRefused} (nothing collected, more than is left, another currency); a refund already under way
 * or paid back changes nothing.
 */
public record RefundPayment(@TargetAggregateIdentifier PaymentId paymentId, RefundId refundId, Money amount, String reason) {
}
