package io.kiosk.api.inventory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductId;

import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The identifier of one stock-keeping variant: a product and the choices that matter for stock,
 * written {@code ks-charger-pro/colour=graphite;size=L} (just {@code ks-charger-pro/} when no choice does).
 */
public record StockItemId(@JsonValue String value) {

    @JsonCreator
    public StockItemId {
        Objects.requireNonNull(value, "stock item id is required");
        if (value.indexOf('/') < 1) {
            throw new IllegalArgumentException("a stock item id is written product/variant; got '" + value + "'");
        }
    }

    /** The variant must hold only the stock-relevant choices (see {@code Configuration.stockVariant()}). */
    public static StockItemId of(ProductId product, ChosenOptions variant) {
        return new StockItemId(product.value() + "/" + variant.values().entrySet().stream()
                .map(choice -> choice.getKey() + "=" + choice.getValue())
                .collect(Collectors.joining(";")));
    }

    @Override
    public String toString() {
        return value;
    }
}
