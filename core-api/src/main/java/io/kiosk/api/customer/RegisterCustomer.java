package io.kiosk.api.customer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register a new customer, who reads Kiosk in {@code language}. The password never travels in a command or event:
 * it is kept apart, hashed.
 */
public record RegisterCustomer(@TargetAggregateIdentifier CustomerId customerId, EmailAddress email, String name,
                               PhoneNumber phone, Language language) {
}
