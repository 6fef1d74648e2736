package io.kiosk.api.customer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Keep a delivery address for later orders. */
public record AddDeliveryAddress(@TargetAggregateIdentifier CustomerId customerId, UUID addressId, DeliveryAddress address) {
}
