package io.kiosk.api.customer;

import org.axonframework.serialization.Revision;

/** The customer proved that the e-mail address is theirs. */
@Revision("1")
public record CustomerEmailVerified(CustomerId customerId, EmailAddress email) {
}
