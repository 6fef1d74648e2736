package io.kiosk.projections.catalog;

import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.inventory.StockCommitted;
import io.kiosk.api.inventory.StockCounted;
import io.kiosk.api.inventory.StockItemId;
import io.kiosk.api.inventory.StockReceived;
import io.kiosk.api.inventory.StockReleased;
import io.kiosk.api.inventory.StockReserved;
import io.kiosk.api.inventory.VariantMadeToOrder;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one stock event says about its variant, as levels to set (never amounts to add): each event
 * carries the levels after it, so applying it twice, or after a newer one was refused, is harmless.
 * A {@code null} level is one the event does not speak about and leaves as it is.
 */
record StockChange(StockItemId stockItem, ProductId product, ChosenOptions variant,
                   Integer onHand, Integer reserved, Boolean madeToOrder, Integer leadDays) {

    /** A stocktake: the variant is stocked from now on, not made to order. */
    static StockChange of(StockCounted event) {
        return new StockChange(event.stockItemId(), event.productId(), event.variant(), event.onHand(), event.reserved(), false, 0);
    }

    static StockChange of(StockReceived event) {
        return new StockChange(event.stockItemId(), event.productId(), event.variant(), event.onHand(), event.reserved(), null, null);
    }

    static StockChange of(VariantMadeToOrder event) {
        return new StockChange(event.stockItemId(), event.productId(), event.variant(), null, null, true, event.leadDays());
    }

    static StockChange of(StockReserved event) {
        return levels(event.stockItemId(), event.productId(), event.onHand(), event.reserved());
    }

    static StockChange of(StockReleased event) {
        return levels(event.stockItemId(), event.productId(), event.onHand(), event.reserved());
    }

    static StockChange of(StockCommitted event) {
        return levels(event.stockItemId(), event.productId(), event.onHand(), event.reserved());
    }

    private static StockChange levels(StockItemId stockItem, ProductId product, int onHand, int reserved) {
        return new StockChange(stockItem, product, variantOf(stockItem), onHand, reserved, null, null);
    }

    /** The variant written in a stock item id ({@code product/colour=graphite;size=L}): ids never hold ';' or '='. */
    static ChosenOptions variantOf(StockItemId stockItem) {
        String written = stockItem.value().substring(stockItem.value().indexOf('/') + 1);
        Map<String, String> variant = new LinkedHashMap<>();
        for (String choice : written.split(";")) {
            int equals = choice.indexOf('=');
            if (equals > 0) {
                variant.put(choice.substring(0, equals), choice.substring(equals + 1));
            }
        }
        return new ChosenOptions(variant);
    }
}
