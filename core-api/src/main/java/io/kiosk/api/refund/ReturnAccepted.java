package io.kiosk.api.refund;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.kiosk.api.order.OrderId;

/** The goods came back and passed inspection ({@code note}: what the warehouse saw): the money goes now. */
public record ReturnAccepted(RefundId refundId, OrderId orderId, String note) implements RefundStatusReached {

    @JsonIgnore
    @Override
    public RefundStatus status() {
        return RefundStatus.PAYING_OUT;
    }
}
