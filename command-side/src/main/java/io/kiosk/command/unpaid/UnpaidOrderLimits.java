package io.kiosk.command.unpaid;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much one customer may have ordered and not paid yet ({@code kiosk.orders.unpaid.*}): at most {@code maxOrders}
 * orders and {@code maxUnits} units in them, so that nobody holds a variant's stock with orders they never pay.
 */
@ConfigurationProperties("kiosk.orders.unpaid")
public record UnpaidOrderLimits(int maxOrders, int maxUnits) {

    public UnpaidOrderLimits {
        maxOrders = maxOrders == 0 ? 5 : maxOrders;
        maxUnits = maxUnits == 0 ? 50 : maxUnits;
        if (maxOrders < 1 || maxUnits < 1) {
            throw new IllegalArgumentException("kiosk.orders.unpaid.max-orders and max-units must be at least 1");
        }
    }
}
