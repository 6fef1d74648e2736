package io.kiosk.api.analytics;

import jakarta.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * The refunds of one reason for orders paid in the period, against everything those orders sold in the
 * currency ({@code unitsSold}, {@code amountSold}): {@code unitRate} and {@code amountRate} as in {@link ProductRefundRate}.
 */
public record ReasonRefundRate(String reason,
                               Currency currency,
                               long refunds,
                               long unitsSold,
                               long unitsRefunded,
                               @Nullable BigDecimal unitRate,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountSold,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountRefunded,
                               @Nullable BigDecimal amountRate) {
}
