package io.kiosk.api.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The provider refused to open the payment's trade, or could not be reached on any try ({@code reason}: a stable
 * code such as {@code provider-refused}, {@code provider-unavailable}, {@code method-unavailable}; {@code message}
 * for people). Sent by Kiosk's provider adapter only.
 */
public record RecordTradeRefused(@TargetAggregateIdentifier PaymentId paymentId, String reason, String message) {
}
