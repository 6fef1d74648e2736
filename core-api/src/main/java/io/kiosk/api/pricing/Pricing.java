package io.kiosk.api.pricing;

import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.Configuration;
import io.kiosk.api.catalog.LocalizedText;
import io.kiosk.api.catalog.SelectedChoice;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place where a configured product gets its price; the live quote and the cart both call it,
 * so they can never disagree. Unit price = base price + each chosen option's delta (absolute, or a
 * percentage of the base price rounded half-up to the currency's scale); total = unit price × quantity.
 */
public final class Pricing {

    private Pricing() {
    }

    public static PriceBreakdown price(Configuration configuration, Quantity quantity) {
        Money base = configuration.product().basePrice();
        List<PriceComponent> components = new ArrayList<>();
        components.add(new PriceComponent("base", configuration.product().name(), base));
        Money unit = base;
        for (SelectedChoice selection : configuration.selections()) {
            Money delta = selection.choice().priceDelta().applyTo(base);
            LocalizedText label = new LocalizedText(
                    selection.group().name().zh() + ": " + selection.choice().name().zh(),
                    selection.group().name().en() + ": " + selection.choice().name().en());
            components.add(new PriceComponent(selection.ref().toString(), label, delta));
            unit = unit.plus(delta);
        }
        return new PriceBreakdown(components, unit, quantity, unit.times(quantity.value()));
    }
}
