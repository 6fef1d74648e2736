package io.kiosk.command.risk;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.DeliveryAddress;
import io.kiosk.api.pricing.Money;

import java.time.Instant;

/**
 * What the rules look at: the payment (customer, amount, delivery), the customer's payments in the last hour
 * (before this one) and when their account was opened ({@code null} when there is no account to ask).
 */
public record PaymentUnderCheck(CustomerId customerId, Money amount, String deliveryRegion, DeliveryAddress deliveryAddress,
                                int attemptsLastHour, int failuresLastHour, Instant accountCreatedAt, Instant now) {
}
