package io.kiosk.api.refund;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The return deadline passed. A refund whose goods are on their way (or back) is not touched. */
public record ExpireReturn(@TargetAggregateIdentifier RefundId refundId) {
}
