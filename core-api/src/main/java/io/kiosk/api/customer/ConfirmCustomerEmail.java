package io.kiosk.api.customer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the customer proved they read mail at their address (the code was checked by identity). */
public record ConfirmCustomerEmail(@TargetAggregateIdentifier CustomerId customerId) {
}
