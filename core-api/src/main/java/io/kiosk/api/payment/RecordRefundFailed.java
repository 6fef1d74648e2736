package io.kiosk.api.payment;

import io.kiosk.api.refund.RefundId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The provider refused refund {@code refundId} of this payment, or could not be reached on any try ({@code reason}: a
 * stable code; {@code message} for people). Sent by Kiosk's provider adapter only.
 */
public record RecordRefundFailed(@TargetAggregateIdentifier PaymentId paymentId, RefundId refundId, String reason,
                                 String message) {
}
