package io.kiosk.api.order;

/** The warehouse started picking the order. */
public record OrderFulfilmentStarted(OrderId orderId) {
}
