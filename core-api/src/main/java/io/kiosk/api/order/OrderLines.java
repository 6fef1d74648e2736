package io.kiosk.api.order;

import io.kiosk.api.pricing.Money;

import java.util.List;

/** Rules over a whole set of order lines. */
public final class OrderLines {

    private OrderLines() {
    }

    /** The sum of the line totals; the lines must share one currency and there must be at least one. */
    public static Money total(List<OrderLine> lines) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one line");
        }
        return lines.stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
    }
}
