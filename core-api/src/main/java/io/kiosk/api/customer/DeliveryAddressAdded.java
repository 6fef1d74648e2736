package io.kiosk.api.customer;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The customer keeps a new delivery address. */
@Revision("1")
public record DeliveryAddressAdded(CustomerId customerId, UUID addressId, DeliveryAddress address) {
}
