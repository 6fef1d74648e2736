package io.kiosk.api.refund;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.pricing.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Open the refund the order accepted and holds the amount for: everything the order knew when it said yes,
 * and whether it is {@code autoApproved} (small and undelivered, or a cancelled order). Sent by Kiosk only.
 */
public record OpenRefund(@TargetAggregateIdentifier RefundId refundId, OrderId orderId, CustomerId customerId,
                         PaymentId paymentId, PaymentProvider method, List<RefundLine> lines, Money amount,
                         RefundReason reason, String note, boolean withReturn, boolean autoApproved) {

    public OpenRefund {
        lines = List.copyOf(lines);
    }
}
