package io.kiosk.api.payment;

import io.kiosk.api.pricing.Money;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A verified provider notification reached the payment for the first time. It is the payment's memory of
 * which notifications it has seen (providers repeat them until answered, and may send them out of order),
 * so each is judged once; what it meant follows as {@link PaymentSucceeded}, {@link PaymentFailed},
 * {@link PaymentFlagged} or nothing (a late word about a payment already settled).
 */
@Revision("1")
public record ProviderNotificationRecorded(PaymentId paymentId, String notificationId, ProviderOutcome outcome,
                                           Money amount, String providerTransactionId, Instant occurredAt) {
}
