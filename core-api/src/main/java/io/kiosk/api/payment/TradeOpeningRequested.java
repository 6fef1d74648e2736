package io.kiosk.api.payment;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.pricing.Money;
import org.axonframework.serialization.Revision;

/**
 * The payment passed its checks and asked its provider to open a trade for {@code amount} with {@code method},
 * described to the customer as {@code description}: the provider adapter opens it after this is stored and says
 * what came of it. Until then the customer has nothing to do yet ({@link PaymentRequested}, with the action, follows
 * once the trade is open; {@link PaymentFailed} if the provider refuses or cannot be reached).
 */
@Revision("1")
public record TradeOpeningRequested(PaymentId paymentId, OrderId orderId, CustomerId customerId, PaymentProvider method,
                                    Money amount, String description) {
}
