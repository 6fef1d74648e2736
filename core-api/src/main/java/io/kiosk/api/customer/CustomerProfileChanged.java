package io.kiosk.api.customer;

import org.axonframework.serialization.Revision;

/** The customer's name or phone number changed. */
@Revision("1")
public record CustomerProfileChanged(CustomerId customerId, String name, PhoneNumber phone) {
}
