package io.kiosk.api.inventory;

import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Set the units on hand of a variant after a stocktake (creates the stock item when new); the variant is then stocked, not made to order. */
public record CountStock(@TargetAggregateIdentifier StockItemId stockItemId, ProductId productId, ChosenOptions variant, int onHand) {
}
