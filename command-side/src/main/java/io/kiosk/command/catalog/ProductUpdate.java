package io.kiosk.command.catalog;

import io.kiosk.api.catalog.ProductId;

/**
 * What a product command answers: the product, whether customers can now order it, and its version
 * after the command (the sequence number of its last event).
 */
public record ProductUpdate(ProductId productId, boolean published, long version) {
}
