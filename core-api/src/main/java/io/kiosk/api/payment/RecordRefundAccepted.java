package io.kiosk.api.payment;

import io.kiosk.api.refund.RefundId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The provider took refund {@code refundId} of this payment and will confirm it later ({@code providerRefundId}). Sent by Kiosk's provider adapter only. */
public record RecordRefundAccepted(@TargetAggregateIdentifier PaymentId paymentId, RefundId refundId, String providerRefundId) {
}
