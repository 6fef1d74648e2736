package io.kiosk.api.customer;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The customer no longer keeps this delivery address. */
@Revision("1")
public record DeliveryAddressRemoved(CustomerId customerId, UUID addressId) {
}
