package io.kiosk.command.risk;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.payment.RiskFigures;

/**
 * Looks up what the risk rules count about a customer, before a payment is requested: the order process asks and
 * carries the figures in {@code RequestPayment}, so the payment judges from the command alone.
 * {@link RecordedRiskFigures} is the real one; saga tests pass figures of their own.
 */
@FunctionalInterface
public interface CustomerRiskFigures {

    RiskFigures of(CustomerId customer);
}
