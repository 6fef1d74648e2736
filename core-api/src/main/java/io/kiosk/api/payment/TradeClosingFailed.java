package io.kiosk.api.payment;

import io.kiosk.api.order.OrderId;
import org.axonframework.serialization.Revision;

/**
 * The provider did not close the cancelled payment's trade ({@code reason}: a stable code such as
 * {@code provider-unavailable}; {@code message} for people). The payment stays cancelled; a success the provider
 * reports later is flagged ({@link PaymentFlagged}) for the money to go back.
 */
@Revision("1")
public record TradeClosingFailed(PaymentId paymentId, OrderId orderId, String reason, String message) {
}
