package io.kiosk.command.catalog;

import io.kiosk.api.catalog.ProductDefinition;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The body of "define a product". The definition binds straight to core-api's self-validating
 * record, so a definition it refuses is a 400 naming the nested field at fault.
 */
record NewProductRequest(
        @NotBlank(message = "is required") String productId,
        @NotNull(message = "is required") ProductDefinition definition) {
}
