package io.kiosk.api.payment;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.pricing.Money;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * The risk check held the payment for the back office: nothing was asked of the provider yet. It keeps
 * what the payment needs to ask later (customer, method, amount, description) and the codes of the
 * rules that fired ({@code amount-above-threshold}, {@code too-many-attempts}, {@code new-account-large-basket},
 * {@code region-mismatch}...).
 */
@Revision("1")
public record PaymentHeldForReview(PaymentId paymentId, OrderId orderId, CustomerId customerId, PaymentProvider method,
                                   Money amount, String description, List<String> rules) {

    public PaymentHeldForReview {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }
}
