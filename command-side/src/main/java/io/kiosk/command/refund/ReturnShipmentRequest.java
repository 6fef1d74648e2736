package io.kiosk.command.refund;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of "I sent the goods back": with which carrier, under which tracking number. */
record ReturnShipmentRequest(@NotBlank(message = "is required") @Size(max = 100, message = "is longer than {max} characters") String carrier,
                             @NotBlank(message = "is required") @Size(max = 100, message = "is longer than {max} characters") String trackingNumber) {
}
