package io.kiosk.api.order;

import io.kiosk.api.delivery.DeliveryWindow;
import io.kiosk.api.text.FreeText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The goods left with {@code carrier} under {@code trackingNumber}, expected within {@code eta}. */
public record ShipOrder(@TargetAggregateIdentifier OrderId orderId, String carrier, String trackingNumber,
                        DeliveryWindow eta) {

    public static final int MAX_TEXT = 100;

    public ShipOrder {
        carrier = FreeText.required("carrier", carrier, MAX_TEXT);
        trackingNumber = FreeText.required("trackingNumber", trackingNumber, MAX_TEXT);
    }
}
