package io.kiosk.command.inventory;

import jakarta.annotation.Nullable;
import io.kiosk.api.inventory.StockItemId;

/**
 * What a stock command answers: the variant's levels after it (units {@code available} when stocked,
 * the {@code leadDays} when made to order) and the stock item's version (sequence of its last event).
 */
public record StockUpdate(StockItemId stockItemId, int onHand, int reserved, @Nullable Integer available, @Nullable Integer leadDays,
                          long version) {
}
