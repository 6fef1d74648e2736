package io.kiosk.command.risk;

import io.kiosk.api.payment.RequestPayment;

/**
 * The port the payment asks before it asks a provider: may this payment go out? Injected into the payment's
 * creation handler next to the gateway, so aggregate tests pass a stub; {@link RuleBasedRiskCheck} is the real one.
 */
public interface RiskCheck {

    RiskVerdict assess(RequestPayment request);
}
