package io.kiosk.api.customer;

/** The customer's name or phone number changed. */
public record CustomerProfileChanged(CustomerId customerId, String name, PhoneNumber phone) {
}
