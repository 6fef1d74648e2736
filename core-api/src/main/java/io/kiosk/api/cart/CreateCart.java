package io.kiosk.api.cart;

import io.kiosk.api.customer.CustomerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Open a new, empty cart for a customer. */
public record CreateCart(@TargetAggregateIdentifier CartId cartId, CustomerId customerId) {
}
