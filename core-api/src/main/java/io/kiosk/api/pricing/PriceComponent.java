package io.kiosk.api.pricing;

import io.kiosk.api.catalog.LocalizedText;

/**
 * One line of a price breakdown, per unit: the base price ({@code code} {@code base}) or what one
 * chosen option adds ({@code code} {@code group=choice}).
 */
public record PriceComponent(String code, LocalizedText label, Money amount) {
}
