package io.kiosk.api.order;

import io.kiosk.api.delivery.DeliveryWindow;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The goods left with {@code carrier} under {@code trackingNumber}, expected within {@code eta}. */
public record ShipOrder(@TargetAggregateIdentifier OrderId orderId, String carrier, String trackingNumber,
                        DeliveryWindow eta) {
}
