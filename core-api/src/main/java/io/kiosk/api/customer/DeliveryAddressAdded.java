package io.kiosk.api.customer;

import io.kiosk.api.privacy.PersonalDataOwner;

import java.util.UUID;

/** The customer keeps a new delivery address. */
public record DeliveryAddressAdded(CustomerId customerId, UUID addressId, DeliveryAddress address) implements PersonalDataOwner {
}
