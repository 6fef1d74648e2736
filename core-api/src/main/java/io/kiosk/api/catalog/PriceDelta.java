package io.kiosk.api.catalog;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.kiosk.api.pricing.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * What a choice adds to (or takes off) a product's base price: an absolute amount in the product's
 * currency ({@code "30.00"}), or a percentage of the base price ({@code "10"} for +10 %). Percentages
 * are rounded half-up to the currency's scale, once per unit.
 */
public record PriceDelta(Kind kind, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value) {

    public static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(1000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public enum Kind { ABSOLUTE, PERCENT }

    public static final PriceDelta NONE = new PriceDelta(Kind.ABSOLUTE, BigDecimal.ZERO);

    public PriceDelta {
        Objects.requireNonNull(kind, "price delta kind is required (ABSOLUTE or PERCENT)");
        Objects.requireNonNull(value, "price delta value is required");
        if (kind == Kind.PERCENT && (value.compareTo(MAX_PERCENT) > 0 || value.compareTo(HUNDRED.negate()) < 0)) {
            throw new IllegalArgumentException("a percentage price delta must lie between -100 and " + MAX_PERCENT);
        }
    }

    public static PriceDelta absolute(String amount) {
        return new PriceDelta(Kind.ABSOLUTE, new BigDecimal(amount));
    }

    public static PriceDelta percent(String percent) {
        return new PriceDelta(Kind.PERCENT, new BigDecimal(percent));
    }

    /** The amount this delta adds to one unit of a product with this base price. */
    public Money applyTo(Money basePrice) {
        Currency currency = basePrice.currency();
        BigDecimal amount = switch (kind) {
            case ABSOLUTE -> value;
            case PERCENT -> basePrice.amount().multiply(value).divide(HUNDRED);
        };
        return new Money(amount.setScale(Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.HALF_UP), currency);
    }

    /** Checks that an absolute amount fits the currency's scale (a price of 0.001 CNY cannot exist). */
    void requireFits(Currency currency, String where) {
        if (kind == Kind.ABSOLUTE) {
            try {
                new Money(value, currency);
            } catch (IllegalArgumentException tooPrecise) {
                throw new IllegalArgumentException(where + ": " + tooPrecise.getMessage());
            }
        }
    }
}
