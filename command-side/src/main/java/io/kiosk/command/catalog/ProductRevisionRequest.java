package io.kiosk.command.catalog;

import io.kiosk.api.catalog.ProductDefinition;
import jakarta.validation.constraints.NotNull;

/** The body of "revise a product": its whole new definition. */
record ProductRevisionRequest(@NotNull(message = "is required") ProductDefinition definition) {
}
