package io.kiosk.api.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The provider did not close the cancelled payment's trade on any try ({@code reason}, {@code message}). Sent by Kiosk only. */
public record RecordTradeNotClosed(@TargetAggregateIdentifier PaymentId paymentId, String reason, String message) {
}
