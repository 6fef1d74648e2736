package io.kiosk.command.order;

import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderStatus;

/** The answer to a command on an order: where it stands now, and the version it reached. */
public record OrderUpdate(OrderId orderId, OrderStatus status, long version) {
}
