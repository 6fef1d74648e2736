package io.kiosk.api.inventory;

import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Units of a variant arrived at the warehouse (creates the stock item when new). */
public record ReceiveStock(@TargetAggregateIdentifier StockItemId stockItemId, ProductId productId, ChosenOptions variant, int quantity) {
}
