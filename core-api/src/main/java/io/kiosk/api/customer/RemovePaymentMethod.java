package io.kiosk.api.customer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Forget a saved payment method. */
public record RemovePaymentMethod(@TargetAggregateIdentifier CustomerId customerId, UUID paymentMethodId) {
}
