package io.kiosk.api.customer;

/** The customer proved that the e-mail address is theirs. */
public record CustomerEmailVerified(CustomerId customerId, EmailAddress email) {
}
