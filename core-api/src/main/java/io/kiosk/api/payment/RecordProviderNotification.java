package io.kiosk.api.payment;

import io.kiosk.api.pricing.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A verified (correctly signed) notification from the provider about this payment: applied at most once per {@code notificationId}, and only if amount and currency match. */
public record RecordProviderNotification(@TargetAggregateIdentifier PaymentId paymentId, String notificationId, ProviderOutcome outcome, Money amount, String providerTransactionId, Instant occurredAt) {
}
