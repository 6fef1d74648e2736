package io.kiosk.api.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The provider adapter closed the cancelled payment's trade. Sent by Kiosk only. */
public record RecordTradeClosed(@TargetAggregateIdentifier PaymentId paymentId) {
}
