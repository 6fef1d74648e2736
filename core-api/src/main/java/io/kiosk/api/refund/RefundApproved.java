package io.kiosk.api.refund;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.pricing.Money;
import org.axonframework.serialization.Revision;

/**
 * The refund was approved for {@code amount} (at most the {@code requestedAmount}; less when the back office
 * decided so), by a person or {@code automatically} (a small refund of an undelivered order, a cancelled
 * order). With {@code withReturn} the goods must come back before the money goes; otherwise it goes now.
 */
@Revision("1")
public record RefundApproved(RefundId refundId, OrderId orderId, Money amount, Money requestedAmount, boolean withReturn,
                             boolean automatically, String note) implements RefundStatusReached {

    @JsonIgnore
    @Override
    public RefundStatus status() {
        return withReturn ? RefundStatus.AWAITING_RETURN : RefundStatus.PAYING_OUT;
    }
}
