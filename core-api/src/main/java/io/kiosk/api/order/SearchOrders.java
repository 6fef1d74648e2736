package io.kiosk.api.order;

import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.text.FreeText;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import java.util.Set;

/**
 * Which orders the back office is looking for: an optional free text (an order id or the start of one, an
 * e-mail address, a phone number or its last digits, a person's name, a product's name in Chinese or
 * English), any of some statuses, one payment method, placed at or after {@code placedFrom} and before
 * {@code placedBefore}, a total between {@code minTotal} and {@code maxTotal} (inclusive), one currency;
 * sorted, at most {@value #MAX_PAGE_SIZE} hits, starting {@code after} the end of a previous page.
 */
public record SearchOrders(String text,
                           Set<OrderStatus> statuses,
                           PaymentProvider paymentMethod,
                           Instant placedFrom,
                           Instant placedBefore,
                           BigDecimal minTotal,
                           BigDecimal maxTotal,
                           Currency currency,
                           OrderSort sort,
                           int size,
                           OrderSearchCursor after) {

    public static final int MAX_PAGE_SIZE = 100;
    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_TEXT_LENGTH = 200;
    /** The largest total a range may name: far above any order, and exact wherever the index compares totals. */
    public static final BigDecimal MAX_TOTAL = new BigDecimal("1000000000000");
    /** The range of instants a placement range may name (the index's dates reach no further). */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    public SearchOrders {
        text = FreeText.optional("text", text, MAX_TEXT_LENGTH);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("a page holds 1 to " + MAX_PAGE_SIZE + " orders");
        }
        if (placedFrom != null && outOfRange(placedFrom) || placedBefore != null && outOfRange(placedBefore)) {
            throw new IllegalArgumentException("placement dates lie between " + EARLIEST + " and " + LATEST);
        }
        if (placedFrom != null && placedBefore != null && !placedBefore.isAfter(placedFrom)) {
            throw new IllegalArgumentException("the end of the placement range is not after its start");
        }
        if (minTotal != null && minTotal.signum() < 0 || maxTotal != null && maxTotal.signum() < 0) {
            throw new IllegalArgumentException("totals are not negative");
        }
        if (minTotal != null && minTotal.compareTo(MAX_TOTAL) > 0 || maxTotal != null && maxTotal.compareTo(MAX_TOTAL) > 0) {
            throw new IllegalArgumentException("totals are at most " + MAX_TOTAL.toPlainString());
        }
        if (minTotal != null && maxTotal != null && maxTotal.compareTo(minTotal) < 0) {
            throw new IllegalArgumentException("the highest total is below the lowest");
        }
        if (after != null && after.sort() != Objects.requireNonNullElse(sort, OrderSort.PLACED_AT_DESC)) {
            throw new IllegalArgumentException("the cursor belongs to another sort");
        }
    }

    /** Whether an instant lies outside what a placement range may name. */
    public static boolean outOfRange(Instant instant) {
        return instant.isBefore(EARLIEST) || instant.isAfter(LATEST);
    }

    /** The sort asked for, else newest first. */
    public OrderSort effectiveSort() {
        return Objects.requireNonNullElse(sort, OrderSort.PLACED_AT_DESC);
    }
}
