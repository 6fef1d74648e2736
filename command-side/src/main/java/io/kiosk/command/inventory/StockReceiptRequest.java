package io.kiosk.command.inventory;

import io.kiosk.api.catalog.ChosenOptions;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.util.Map;

/** The body of "units of a variant arrived". */
record StockReceiptRequest(
        @Size(max = ChosenOptions.MAX_OPTIONS, message = "at most {max} options may be chosen")
        Map<@NotBlank(message = "option names must not be blank") String,
                @NotBlank(message = "each option needs a value") String> options,
        @NotNull(message = "is required")
        @Positive(message = "must be at least 1")
        @Max(value = StockItem.MAX_ON_HAND, message = "must be at most {value}") Integer quantity) {
}
