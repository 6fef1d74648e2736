package io.kiosk.api.customer;

import io.kiosk.api.privacy.PersonalData;
import io.kiosk.api.privacy.PersonalDataOwner;
import org.axonframework.serialization.Revision;

/**
 * The customer proved that the e-mail address is theirs.
 *
 * <p>Revision 2 stores {@code email} sealed for the customer ({@link PersonalData}); revision 1 stored it in the
 * clear, and reads as it was (the event store's upcaster changes nothing but the revision).
 */
@Revision("2")
public record CustomerEmailVerified(CustomerId customerId, @PersonalData EmailAddress email) implements PersonalDataOwner {
}
