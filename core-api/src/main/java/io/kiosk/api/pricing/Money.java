package io.kiosk.api.pricing;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency, always held at the currency's own scale (two decimals for
 * CNY, EUR or USD; none for JPY). An amount with more decimals than the currency allows is refused
 * rather than silently rounded: rounding is a business decision, taken where prices are computed.
 * In JSON the amount is a string ({@code "199.00"}), so no client or store ever reads it as a float.
 * An amount has at most {@value #MAX_DIGITS} digits before the point: checked before any arithmetic, so
 * that {@code 1e999999999} is refused at once rather than multiplied out.
 */
public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, Currency currency)
        implements Comparable<Money> {

    /** Digits before the point: far more than any price or sum, and exact in the indexes' thousandths. */
    public static final int MAX_DIGITS = 15;

    public Money {
        Objects.requireNonNull(amount, "amount is required");
        Objects.requireNonNull(currency, "currency is required");
        int scale = Math.max(currency.getDefaultFractionDigits(), 0);
        BigDecimal exact = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
        if ((long) exact.precision() - exact.scale() > MAX_DIGITS) {
            throw new IllegalArgumentException("amount has more than " + MAX_DIGITS + " digits before the point");
        }
        if (exact.scale() > scale) {
            throw new IllegalArgumentException("amount " + (exact.scale() > 40 ? "" : exact.toPlainString() + " ")
                    + "has more decimals than " + currency + " allows (" + scale + ")");
        }
        amount = exact.setScale(scale, RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /** This amount less {@code other}; may go below zero (a caller that forbids that checks {@link #isNegative()}). */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money times(int factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    @JsonIgnore
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @JsonIgnore
    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean hasSameCurrencyAs(Money other) {
        return currency.equals(other.currency);
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!hasSameCurrencyAs(other)) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
