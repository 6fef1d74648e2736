package io.kiosk.api.customer;

import java.util.UUID;

/** The customer no longer keeps this delivery address. */
public record DeliveryAddressRemoved(CustomerId customerId, UUID addressId) {
}
