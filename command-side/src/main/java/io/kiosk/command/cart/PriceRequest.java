package io.kiosk.command.cart;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;

/** A price as a client writes it: {@code {"amount": "199.00", "currency": "CNY"}}. */
record PriceRequest(
        @NotNull(message = "is required")
        @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = 12, fraction = 4, message = "must have at most {integer} digits and {fraction} decimals")
        // described as a decimal string, as Money answers it (a JSON number is read as well)
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal amount,
        @NotNull(message = "is required")
        @Schema(example = "CNY", description = "an ISO 4217 currency code")
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as CNY") String currency) {
}
