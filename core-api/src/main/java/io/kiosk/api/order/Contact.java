package io.kiosk.api.order;

import io.kiosk.api.customer.EmailAddress;
import io.kiosk.api.customer.PhoneNumber;

import java.util.Objects;

/** Whom Kiosk tells about an order (confirmation, shipment, delivery): a name, a phone and an e-mail address. */
public record Contact(String name, PhoneNumber phone, EmailAddress email) {

    public Contact {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        name = name.strip();
        if (name.length() > 100) {
            throw new IllegalArgumentException("name is longer than 100 characters");
        }
        Objects.requireNonNull(phone, "phone is required");
        Objects.requireNonNull(email, "email is required");
    }
}
