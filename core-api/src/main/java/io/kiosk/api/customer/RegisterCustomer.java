package io.kiosk.api.customer;

import io.kiosk.api.text.FreeText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register a new customer, who reads Kiosk in {@code language}. The password never travels in a command or event:
 * it is kept apart, hashed.
 */
public record RegisterCustomer(@TargetAggregateIdentifier CustomerId customerId, EmailAddress email, String name,
                               PhoneNumber phone, Language language) {

    public static final int MAX_NAME = 100;

    public RegisterCustomer {
        name = FreeText.required("name", name, MAX_NAME);
    }
}
