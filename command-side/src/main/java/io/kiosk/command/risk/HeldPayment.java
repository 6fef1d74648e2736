package io.kiosk.command.risk;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.pricing.Money;

import java.time.Instant;
import java.util.List;

/** A payment waiting for the back office: whose, for which order, how much, and the rules that held it. */
public record HeldPayment(PaymentId paymentId, OrderId orderId, CustomerId customerId, PaymentProvider method, Money amount,
                          List<String> rules, Instant heldAt) {
}
