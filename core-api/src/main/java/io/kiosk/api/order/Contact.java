package io.kiosk.api.order;

import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.customer.PhoneNumber;
import io.kiosk.api.privacy.Erased;
import io.kiosk.api.privacy.PersonalData;
import io.kiosk.api.text.FreeText;

import java.util.Objects;

/** Whom Kiosk tells about an order (confirmation, shipment, delivery): a name, a phone and an e-mail address. */
public record Contact(@PersonalData String name, @PersonalData PhoneNumber phone, @PersonalData EmailAddress email) {

    public Contact {
        name = FreeText.required("name", name, 100);
        Objects.requireNonNull(phone, "phone is required");
        Objects.requireNonNull(email, "email is required");
    }

    /** This contact once its customer was erased. */
    public Contact erased() {
        return new Contact(Erased.TEXT, PhoneNumber.ERASED, EmailAddress.ERASED);
    }
}
