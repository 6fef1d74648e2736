package io.kiosk.api.refund;

import io.kiosk.api.order.OrderId;

/**
 * An event of a refund; each says the status the refund reaches, so the refund itself and any read model
 * follow the status through this one method.
 */
public interface RefundStatusReached {

    RefundId refundId();

    OrderId orderId();

    /** The status the refund is in after this event. Not stored: it follows from the event. */
    RefundStatus status();
}
