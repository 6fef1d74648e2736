package io.kiosk.api.customer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Change the customer's name, phone number or language; each one left {@code null} stays as it is. */
public record ChangeCustomerProfile(@TargetAggregateIdentifier CustomerId customerId, String name, PhoneNumber phone,
                                    Language language) {
}
