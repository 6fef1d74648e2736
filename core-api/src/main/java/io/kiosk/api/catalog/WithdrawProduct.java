package io.kiosk.api.catalog;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take the product out of the catalogue: no new quotes or cart lines; orders already placed are untouched. */
public record WithdrawProduct(@TargetAggregateIdentifier ProductId productId) {
}
