package io.kiosk.api.customer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Change the customer's name and phone number. */
public record ChangeCustomerProfile(@TargetAggregateIdentifier CustomerId customerId, String name, PhoneNumber phone) {
}
