package io.kiosk.api.refund;

import io.kiosk.api.text.FreeText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The customer sent the goods back: with which carrier, under which tracking number. */
public record RecordReturnShipment(@TargetAggregateIdentifier RefundId refundId, String carrier, String trackingNumber) {

    public static final int MAX_TEXT = 100;

    public RecordReturnShipment {
        carrier = FreeText.required("carrier", carrier, MAX_TEXT);
        trackingNumber = FreeText.required("trackingNumber", trackingNumber, MAX_TEXT);
    }
}
