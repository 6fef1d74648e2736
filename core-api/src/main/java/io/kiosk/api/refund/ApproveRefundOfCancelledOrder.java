package io.kiosk.api.refund;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The order was cancelled while this refund waited for review: a cancelled paid order gives everything back, so the
 * refund is approved as asked. A refund the back office decided meanwhile stays as decided; the command never
 * refuses. Sent by Kiosk's refund process only.
 */
public record ApproveRefundOfCancelledOrder(@TargetAggregateIdentifier RefundId refundId) {
}
