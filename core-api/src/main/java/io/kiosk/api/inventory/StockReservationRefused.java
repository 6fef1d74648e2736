package io.kiosk.api.inventory;

import io.kiosk.api.catalog.ProductId;
import org.axonframework.serialization.Revision;

/**
 * The stock item could not hold {@code quantity} units for reservation {@code reservationId}: {@code reason} is
 * {@code insufficient-stock} (only {@code available} were free) or {@code unknown-stock-item} (nobody ever stocked
 * this variant: {@code productId} is then unknown too). Nothing is held; the order that asked is the one to act.
 */
@Revision("1")
public record StockReservationRefused(StockItemId stockItemId, ProductId productId, ReservationId reservationId, int quantity,
                                      int available, String reason) {
}
