package io.kiosk.command.risk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the back office refuses a held payment (kept in the payment's failure message). */
public record RejectionRequest(@NotBlank @Size(max = 500) String reason) {
}
