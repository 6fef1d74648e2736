package io.kiosk.api.customer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** The identifier of a customer account (a customer, or a back-office, analyst or admin user). */
public record CustomerId(@JsonValue UUID value) {

    @JsonCreator
    public CustomerId {
        Objects.requireNonNull(value, "customer id is required");
    }

    public static CustomerId random() {
        return new CustomerId(UUID.randomUUID());
    }

    public static CustomerId of(String value) {
        return new CustomerId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
