package io.kiosk.command.risk;

import io.kiosk.api.pricing.Money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/** A payment above the threshold is more than a kiosk usually sees: someone should look before it goes out. */
public final class AmountAboveThreshold implements RiskRule {

    static final String CODE = "amount-above-threshold";

    private final RiskAction action;
    private final Money threshold;

    public AmountAboveThreshold(RiskAction action, BigDecimal threshold, Currency currency) {
        this.action = action;
        this.threshold = new Money(threshold, currency);
    }

    @Override
    public Optional<RiskFinding> judge(PaymentUnderCheck payment) {
        if (action == RiskAction.OFF || !payment.amount().hasSameCurrencyAs(threshold)
                || payment.amount().compareTo(threshold) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new RiskFinding(CODE, action, payment.amount() + " is above " + threshold));
    }
}
