package io.kiosk.api.analytics;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * A category's sales in one currency over the period: {@code units}, {@code orders} (paid orders with a line in
 * it) and {@code gross} (its lines' totals) of orders paid in the period; {@code refunded}, the money refunded in
 * the period for its products; {@code net}; {@code averageOrderValue}, gross over orders.
 */
public record CategorySales(String category,
                            Currency currency,
                            long units,
                            long orders,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal gross,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal refunded,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal net,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal averageOrderValue) {
}
