package io.kiosk.api.customer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Keep a provider's token for a payment method. */
public record SavePaymentMethod(@TargetAggregateIdentifier CustomerId customerId, UUID paymentMethodId,
                                SavedPaymentMethod method) {
}
