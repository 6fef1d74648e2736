package io.kiosk.api.customer;

import org.axonframework.serialization.Revision;

/**
 * The customer was erased: the key their personal data was encrypted with is deleted, so every name, phone, e-mail
 * address and address of theirs in the events reads as erased from now on, and read models replace what they hold
 * of them. Holds no personal data itself; {@code reason} is the back office's (the customer gives none), and says
 * why, never who.
 */
@Revision("1")
public record CustomerErased(CustomerId customerId, ErasureRequester requestedBy, String reason) {
}
