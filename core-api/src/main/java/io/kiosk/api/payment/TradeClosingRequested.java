package io.kiosk.api.payment;

import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.OrderId;
import org.axonframework.serialization.Revision;

/**
 * The payment was cancelled while its trade was open (or being opened) and asked its provider ({@code method}) to
 * close the trade, so it can no longer be paid: the provider adapter closes it after this is stored.
 */
@Revision("1")
public record TradeClosingRequested(PaymentId paymentId, OrderId orderId, PaymentProvider method) {
}
