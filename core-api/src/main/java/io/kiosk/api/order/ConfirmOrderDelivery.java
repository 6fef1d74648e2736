package io.kiosk.api.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The carrier handed the goods over. Repeating it changes nothing. */
public record ConfirmOrderDelivery(@TargetAggregateIdentifier OrderId orderId) {
}
