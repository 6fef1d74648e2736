package io.kiosk.api.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The warehouse takes over a paid order and starts picking it. Repeating it changes nothing. */
public record StartOrderFulfilment(@TargetAggregateIdentifier OrderId orderId) {
}
