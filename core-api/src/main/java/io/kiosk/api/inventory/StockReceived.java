package io.kiosk.api.inventory;

import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductId;
import org.axonframework.serialization.Revision;

/**
 * Units arrived; {@code onHand} and {@code reserved} are the levels after it. {@code returnedFrom} names the
 * committed reservation whose units came back to the shelf (a paid order cancelled before it shipped);
 * missing for goods received from a supplier.
 *
 * <p>Revision 2 is revision 1 (stored without a revision, before stock could come back) with {@code returnedFrom}
 * made explicit by the event store's upcaster: {@code null}, as every receipt then came from a supplier.
 */
@Revision("2")
public record StockReceived(StockItemId stockItemId, ProductId productId, ChosenOptions variant, int quantity, int onHand,
                            int reserved, ReservationId returnedFrom) {
}
