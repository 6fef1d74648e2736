package io.kiosk.api.order;

/** What does order {@code orderId} look like now? Answered with an {@link OrderSummary}, or nothing. */
public record FindOrderSummary(OrderId orderId) {
}
