package io.kiosk.api.customer;

import io.kiosk.api.privacy.PersonalDataOwner;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * The customer keeps a new delivery address.
 *
 * <p>Revision 2 stores the address's personal values sealed for the customer (see {@link DeliveryAddress}); revision 1
 * stored them in the clear, and reads as it was (the event store's upcaster changes nothing but the revision).
 */
@Revision("2")
public record DeliveryAddressAdded(CustomerId customerId, UUID addressId, DeliveryAddress address) implements PersonalDataOwner {
}
