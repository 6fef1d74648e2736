package io.kiosk.api.payment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** The identifier of one attempt to collect an order's amount; its hex digits are also the merchant's trade number at the provider. */
public record PaymentId(@JsonValue UUID value) {

    @JsonCreator
    public PaymentId {
        Objects.requireNonNull(value, "payment id is required");
    }

    public static PaymentId random() {
        return new PaymentId(UUID.randomUUID());
    }

    public static PaymentId of(String value) {
        return new PaymentId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
