package io.kiosk.api.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Stop waiting for the money (the order expired or was cancelled): the payment is cancelled and, if its trade is open
 * or being opened, asks the provider to close it ({@link TradeClosingRequested}). A payment that already succeeded,
 * failed or was cancelled is left as it is; the command never refuses.
 */
public record CancelPayment(@TargetAggregateIdentifier PaymentId paymentId, String reason) {
}
