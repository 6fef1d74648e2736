package io.kiosk.command.payment;

import io.kiosk.api.payment.RequestPayment;
import io.kiosk.command.risk.RiskCheck;
import io.kiosk.command.risk.RiskVerdict;

import java.util.ArrayList;
import java.util.List;

/** A risk check for aggregate tests: answers the verdict it is given (ALLOW unless told) and remembers what it was asked. */
final class StubRiskCheck implements RiskCheck {

    RiskVerdict verdict = RiskVerdict.allow();
    final List<RequestPayment> asked = new ArrayList<>();

    @Override
    public RiskVerdict assess(RequestPayment request) {
        asked.add(request);
        return verdict;
    }
}
