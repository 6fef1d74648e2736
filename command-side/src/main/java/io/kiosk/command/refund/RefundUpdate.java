package io.kiosk.command.refund;

import io.kiosk.api.refund.RefundId;
import io.kiosk.api.refund.RefundStatus;

/** The answer to a command on a refund: where it stands now, and the version it reached. */
public record RefundUpdate(RefundId refundId, RefundStatus status, long version) {
}
