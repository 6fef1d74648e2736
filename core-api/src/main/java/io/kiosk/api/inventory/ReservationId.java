package io.kiosk.api.inventory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Names one reservation of stock (the order process uses one per order line), so that retries apply once. */
public record ReservationId(@JsonValue UUID value) {

    @JsonCreator
    public ReservationId {
        Objects.requireNonNull(value, "reservation id is required");
    }

    public static ReservationId random() {
        return new ReservationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
