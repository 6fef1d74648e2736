package io.kiosk.api.refund;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.pricing.Money;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A customer asked for money back for {@code lines} of an order paid through {@code paymentId} with
 * {@code method}: {@code amount} is what those units cost, held on the order until the refund ends.
 * {@code withReturn} says whether the goods come back first; {@code note} is the customer's own words.
 */
@Revision("1")
public record RefundRequested(RefundId refundId, OrderId orderId, CustomerId customerId, PaymentId paymentId,
                              PaymentProvider method, List<RefundLine> lines, Money amount, RefundReason reason, String note,
                              boolean withReturn) implements RefundStatusReached {

    public RefundRequested {
        lines = List.copyOf(lines);
    }

    @JsonIgnore
    @Override
    public RefundStatus status() {
        return RefundStatus.REQUESTED;
    }
}
