package io.kiosk.api.payment;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.DeliveryAddress;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.pricing.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Collect {@code amount} for an order with one method; the payment is risk-checked, then asked of the provider.
 * {@code deliveryRegion} (the checkout's region code) and {@code deliveryAddress} are what the risk check
 * compares; they are null when the sender does not know them (the region rule then stays silent).
 */
public record RequestPayment(@TargetAggregateIdentifier PaymentId paymentId, OrderId orderId, CustomerId customerId,
                             PaymentProvider method, Money amount, String description, String deliveryRegion,
                             DeliveryAddress deliveryAddress) {

    /** A request without delivery details. */
    public RequestPayment(PaymentId paymentId, OrderId orderId, CustomerId customerId, PaymentProvider method, Money amount,
                          String description) {
        this(paymentId, orderId, customerId, method, amount, description, null, null);
    }
}
