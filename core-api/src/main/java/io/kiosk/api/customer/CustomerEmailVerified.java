package io.kiosk.api.customer;

import io.kiosk.api.privacy.PersonalData;
import io.kiosk.api.privacy.PersonalDataOwner;

/** The customer proved that the e-mail address is theirs. */
public record CustomerEmailVerified(CustomerId customerId, @PersonalData EmailAddress email) implements PersonalDataOwner {
}
