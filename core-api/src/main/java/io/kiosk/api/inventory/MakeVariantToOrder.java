package io.kiosk.api.inventory;

import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Make a variant to order from now on: no stock limit, this many days of work before dispatch. */
public record MakeVariantToOrder(@TargetAggregateIdentifier StockItemId stockItemId, ProductId productId, ChosenOptions variant, int leadDays) {
}
