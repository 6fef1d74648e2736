package io.kiosk.api.order;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundId;
import io.kiosk.api.refund.RefundLine;
import io.kiosk.api.refund.RefundReason;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * The order accepted a refund request: it holds {@code amount} (and the units of {@code lines}) for refund
 * {@code refundId} until the refund pays out or ends, so no other request can claim them. It says what the
 * refund is opened with: the customer, the payment it goes back through, the reason and note, whether the
 * goods come back, and whether it needs no review ({@code autoApproved}).
 */
@Revision("1")
public record OrderRefundRequested(OrderId orderId, RefundId refundId, CustomerId customerId, PaymentId paymentId,
                                   PaymentProvider method, List<RefundLine> lines, Money amount, RefundReason reason,
                                   String note, boolean withReturn, boolean autoApproved) {

    public OrderRefundRequested {
        lines = List.copyOf(lines);
    }
}
