package io.kiosk.api.catalog;

import io.kiosk.api.cart.Quantity;

/** What would this configuration of a published product cost, in this quantity, delivered to this region? */
public record QuoteConfiguration(ProductId productId, ChosenOptions options, Quantity quantity, String region) {
}
