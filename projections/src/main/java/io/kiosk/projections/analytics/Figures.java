package io.kiosk.projections.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** How the reports round: money to its currency's decimals, averages half up to them, rates half up to four decimals. */
final class Figures {

    static final int RATE_SCALE = 4;

    private Figures() {
    }

    static BigDecimal money(BigDecimal amount, Currency currency) {
        return amount == null ? null : amount.setScale(decimals(currency), RoundingMode.HALF_UP);
    }

    /** {@code total} over {@code count}, in {@code currency}; absent when there is nothing to average. */
    static BigDecimal average(BigDecimal total, long count, Currency currency) {
        return count == 0 ? null : total.divide(BigDecimal.valueOf(count), decimals(currency), RoundingMode.HALF_UP);
    }

    /** {@code part} over {@code whole} to four decimals; absent when the whole is nothing. */
    static BigDecimal rate(BigDecimal part, BigDecimal whole) {
        return whole == null || whole.signum() == 0 ? null : part.divide(whole, RATE_SCALE, RoundingMode.HALF_UP);
    }

    static BigDecimal rate(long part, long whole) {
        return rate(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    private static int decimals(Currency currency) {
        return Math.max(currency.getDefaultFractionDigits(), 0);
    }
}
