package io.kiosk.api.analytics;

import jakarta.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * One day's sales in one currency. {@code ordersPlaced} counts the orders placed that day; {@code ordersPaid}
 * and {@code gross} the orders paid that day and their totals; {@code refunded} the money refunded that day;
 * {@code net} is gross minus refunded; {@code averageOrderValue} is gross over orders paid (absent without any).
 */
public record DailySales(LocalDate day,
                         Currency currency,
                         long ordersPlaced,
                         long ordersPaid,
                         @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal gross,
                         @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal refunded,
                         @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal net,
                         @Nullable @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal averageOrderValue) {
}
