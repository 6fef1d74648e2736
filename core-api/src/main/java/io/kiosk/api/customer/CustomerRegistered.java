package io.kiosk.api.customer;

import io.kiosk.api.privacy.PersonalData;
import io.kiosk.api.privacy.PersonalDataOwner;
import org.axonframework.serialization.Revision;

import java.util.Objects;

/**
 * A customer registered; their e-mail address is not verified yet. {@code language} is the one they chose to read
 * Kiosk and its mails in.
 *
 * <p>Revision 2 added {@code language}. Events stored before it (revision 1, stored without a revision) are read
 * through the event store's upcaster ({@code io.kiosk.eventstore.upcasting}), which gives them
 * {@link Language#DEFAULT}: those customers never chose, so they read what everyone reads who does not choose, and
 * may change it in their profile.
 *
 * <p>Revision 3 stores {@code email}, {@code name} and {@code phone} sealed for the customer ({@link PersonalData});
 * revision 2 stored them in the clear, and reads as it was (the upcaster changes nothing but the revision).
 */
@Revision("3")
public record CustomerRegistered(CustomerId customerId, @PersonalData EmailAddress email, @PersonalData String name,
                                 @PersonalData PhoneNumber phone, Language language) implements PersonalDataOwner {

    public CustomerRegistered {
        Objects.requireNonNull(language, "language is required (events of revision 1 get it from their upcaster)");
    }
}
