package io.kiosk.api.pricing;

import io.kiosk.api.cart.Quantity;

import java.util.List;

/** How a configured product's price is made up: per-unit components, the unit price, the quantity and the total. */
public record PriceBreakdown(List<PriceComponent> components, Money unitPrice, Quantity quantity, Money total) {

    public PriceBreakdown {
        components = List.copyOf(components);
    }
}
