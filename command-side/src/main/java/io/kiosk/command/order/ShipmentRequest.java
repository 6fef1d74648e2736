package io.kiosk.command.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The body of "the goods left": who carries them, under which tracking number, and when they should arrive. */
record ShipmentRequest(@NotBlank(message = "is required") @Size(max = 100, message = "is longer than {max} characters") String carrier,
                       @NotBlank(message = "is required") @Size(max = 100, message = "is longer than {max} characters") String trackingNumber,
                       @NotNull(message = "is required") @Valid Eta eta) {

    /** The days between which the carrier expects to hand the goods over. */
    record Eta(@NotNull(message = "is required") LocalDate earliest, @NotNull(message = "is required") LocalDate latest) {
    }
}
