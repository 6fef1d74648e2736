package io.kiosk.api.order;

/** The order was stopped before its goods left; {@code wasPaid} says whether money must go back (a refund's business). */
public record OrderCancelled(OrderId orderId, CancellationReason reason, boolean wasPaid) {
}
