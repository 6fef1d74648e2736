package io.kiosk.command.payment;

import io.kiosk.api.pricing.Money;

import java.math.BigDecimal;
import java.util.Currency;

/** Providers count money in the currency's smallest unit (fen, cents): 88.00 CNY is 8800. */
public final class MinorUnits {

    private MinorUnits() {
    }

    public static long of(Money money) {
        return money.amount().movePointRight(digits(money.currency())).longValueExact();
    }

    public static Money toMoney(long minorUnits, Currency currency) {
        return new Money(BigDecimal.valueOf(minorUnits, digits(currency)), currency);
    }

    private static int digits(Currency currency) {
        return Math.max(currency.getDefaultFractionDigits(), 0);
    }
}
