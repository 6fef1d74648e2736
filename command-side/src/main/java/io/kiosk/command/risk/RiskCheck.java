package io.kiosk.command.risk;

import io.kiosk.api.payment.RequestPayment;

/**
 * The rules the payment asks before its trade is asked of a provider: may this payment go out? They judge from the
 * request alone (the customer's figures travel in it), so they are injected into the payment's handlers like any
 * other rule; aggregate tests pass a stub, {@link RuleBasedRiskCheck} is the real one.
 */
public interface RiskCheck {

    RiskVerdict assess(RequestPayment request);
}
