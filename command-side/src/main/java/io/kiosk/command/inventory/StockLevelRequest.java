package io.kiosk.command.inventory;

import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.OptionChoice;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.Map;

/**
 * The body of "set the stock of a variant": the units counted ({@code onHand}), or that the variant
 * is made to order with a lead time ({@code madeToOrder}); one of the two.
 */
record StockLevelRequest(
        @Size(max = ChosenOptions.MAX_OPTIONS, message = "at most {max} options may be chosen")
        Map<@NotBlank(message = "option names must not be blank") String,
                @NotBlank(message = "each option needs a value") String> options,
        @PositiveOrZero(message = "must not be negative")
        @Max(value = StockItem.MAX_ON_HAND, message = "must be at most {value}") Integer onHand,
        @Valid MadeToOrder madeToOrder) {

    /** Made for each order, this many days of work before dispatch. */
    record MadeToOrder(
            @NotNull(message = "is required")
            @PositiveOrZero(message = "must not be negative")
            @Max(value = OptionChoice.MAX_LEAD_DAYS, message = "must be at most {value}") Integer leadDays) {
    }
}
