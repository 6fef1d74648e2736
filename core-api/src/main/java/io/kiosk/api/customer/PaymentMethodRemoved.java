package io.kiosk.api.customer;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The customer no longer keeps this payment method. */
@Revision("1")
public record PaymentMethodRemoved(CustomerId customerId, UUID paymentMethodId) {
}
