package io.kiosk.api.order;

import jakarta.annotation.Nullable;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.payment.PaymentAction;
import io.kiosk.api.payment.PaymentId;

/**
 * The payment of an order as its owner follows it: the method, where it stands ({@code PENDING}: asked of the
 * provider, whose answer is a moment away; {@code REQUESTED}: the trade is open; {@code HELD_FOR_REVIEW} by the risk
 * check; {@code SUCCEEDED}, {@code FAILED}, {@code CANCELLED}) and, while the trade waits for the customer, what to do
 * next ({@code action}: the page to open or the code to scan; absent while pending).
 */
public record PaymentState(PaymentId paymentId, PaymentProvider method, String status, @Nullable PaymentAction action) {
}
