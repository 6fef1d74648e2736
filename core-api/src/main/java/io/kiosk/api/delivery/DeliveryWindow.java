package io.kiosk.api.delivery;

import java.time.LocalDate;
import java.util.Objects;

/** The days between which the goods are expected to arrive. */
public record DeliveryWindow(LocalDate earliest, LocalDate latest) {

    public DeliveryWindow {
        Objects.requireNonNull(earliest);
        Objects.requireNonNull(latest);
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("a delivery window cannot end before it starts");
        }
    }
}
