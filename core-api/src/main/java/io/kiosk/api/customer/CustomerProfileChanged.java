package io.kiosk.api.customer;

import io.kiosk.api.privacy.PersonalData;
import io.kiosk.api.privacy.PersonalDataOwner;
import org.axonframework.serialization.Revision;

/**
 * The customer's name or phone number changed.
 *
 * <p>Revision 2 stores {@code name} and {@code phone} sealed for the customer ({@link PersonalData}); revision 1
 * stored them in the clear, and reads as it was (the event store's upcaster changes nothing but the revision).
 */
@Revision("2")
public record CustomerProfileChanged(CustomerId customerId, @PersonalData String name, @PersonalData PhoneNumber phone)
        implements PersonalDataOwner {
}
