package io.kiosk.api.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Stop the order before its goods leave. Cancelling a cancelled or expired order changes nothing. */
public record CancelOrder(@TargetAggregateIdentifier OrderId orderId, CancellationReason reason) {
}
