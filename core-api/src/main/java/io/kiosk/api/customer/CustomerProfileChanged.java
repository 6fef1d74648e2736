package io.kiosk.api.customer;

import io.kiosk.api.privacy.PersonalData;
import io.kiosk.api.privacy.PersonalDataOwner;

/** The customer's name or phone number changed. */
public record CustomerProfileChanged(CustomerId customerId, @PersonalData String name, @PersonalData PhoneNumber phone)
        implements PersonalDataOwner {
}
