package io.kiosk.api.customer;

/** A customer registered; their e-mail address is not verified yet. */
public record CustomerRegistered(CustomerId customerId, EmailAddress email, String name, PhoneNumber phone) {
}
