package io.kiosk.api.refund;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The customer sent the goods back: with which carrier, under which tracking number. */
public record RecordReturnShipment(@TargetAggregateIdentifier RefundId refundId, String carrier, String trackingNumber) {
}
