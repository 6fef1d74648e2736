package io.kiosk.api.order;

import jakarta.annotation.Nullable;
import io.kiosk.api.cart.CartId;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.delivery.DeliveryWindow;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundSummary;

import java.time.Instant;
import java.util.List;

/**
 * An order as the customer tracks it. {@code version} is the sequence number of the last event
 * of the order that the read model has seen; {@code payment} is there once one was asked for; {@code shipment} is there once it shipped; the
 * {@code timeline} lists every status it reached, oldest first; {@code details} are what the
 * customer said at checkout (address, contact, payment method, region); {@code estimate} is the
 * delivery window promised at checkout, when one was; {@code refunded} is the money given back so far
 * (null before any), {@code refundState} what it makes the order, and {@code refunds} every refund asked
 * for, oldest first.
 */
public record OrderSummary(OrderId orderId,
                           CartId cartId,
                           CustomerId customerId,
                           OrderStatus status,
                           List<OrderLine> lines,
                           Money total,
                           Instant placedAt,
                           Instant updatedAt,
                           long version,
                           @Nullable Shipment shipment,
                           List<StatusChange> timeline,
                           @Nullable PaymentState payment,
                           @Nullable CheckoutDetails details,
                           @Nullable DeliveryWindow estimate,
                           @Nullable Money refunded,
                           OrderRefundState refundState,
                           List<RefundSummary> refunds) {

    public OrderSummary {
        lines = List.copyOf(lines);
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
        refundState = refundState == null ? OrderRefundState.NONE : refundState;
        refunds = refunds == null ? List.of() : List.copyOf(refunds);
    }
}
