package io.kiosk.api.payment;

import io.kiosk.api.refund.RefundId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The provider answered refund {@code refundId} of this payment: the money is back ({@code providerRefundId}, at {@code refundedAt}). Sent by Kiosk's provider adapter only. */
public record RecordRefundPaid(@TargetAggregateIdentifier PaymentId paymentId, RefundId refundId, String providerRefundId,
                               Instant refundedAt) {
}
