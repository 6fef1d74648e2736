package io.kiosk.api.customer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Forget a delivery address. */
public record RemoveDeliveryAddress(@TargetAggregateIdentifier CustomerId customerId, UUID addressId) {
}
