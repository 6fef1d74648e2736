package io.kiosk.api.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The order was not paid in time. Only an unpaid order expires; answers the {@link OrderStatus} the order stands in; repeating it changes nothing. */
public record ExpireOrder(@TargetAggregateIdentifier OrderId orderId) {
}
