package io.kiosk.api.analytics;

import jakarta.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonFormat;
import io.kiosk.api.customer.PaymentProvider;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * One payment method in one currency over the period: payments started, succeeded and failed on days of the
 * period, the money collected by those that succeeded, and the method's share of the succeeded payments and of
 * the money collected in that currency (to four decimals). {@code method} is absent for payments whose method
 * is unknown (failed at once, for an order placed before checkouts named a method).
 */
public record PaymentMethodShare(@Nullable PaymentProvider method,
                                 Currency currency,
                                 long paymentsStarted,
                                 long paymentsSucceeded,
                                 long paymentsFailed,
                                 @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountCollected,
                                 @Nullable BigDecimal shareOfPayments,
                                 @Nullable BigDecimal shareOfAmount) {
}
