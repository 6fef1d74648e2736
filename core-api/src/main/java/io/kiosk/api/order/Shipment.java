package io.kiosk.api.order;

import io.kiosk.api.delivery.DeliveryWindow;

/** How a shipped order travels: the carrier, its tracking number and the window it is expected in. */
public record Shipment(String carrier, String trackingNumber, DeliveryWindow eta) {
}
