package io.kiosk.command.risk;

import io.kiosk.api.pricing.Money;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.Optional;

/** An account opened moments ago that pays a large basket at once is the classic shape of a stolen payment method. */
public final class NewAccountLargeBasket implements RiskRule {

    static final String CODE = "new-account-large-basket";

    private final RiskAction action;
    private final Duration maxAge;
    private final Money threshold;

    public NewAccountLargeBasket(RiskAction action, Duration maxAge, BigDecimal threshold, Currency currency) {
        this.action = action;
        this.maxAge = maxAge;
        this.threshold = new Money(threshold, currency);
    }

    @Override
    public Optional<RiskFinding> judge(PaymentUnderCheck payment) {
        if (action == RiskAction.OFF || payment.accountCreatedAt() == null
                || !payment.amount().hasSameCurrencyAs(threshold) || payment.amount().compareTo(threshold) <= 0) {
            return Optional.empty();
        }
        Duration age = Duration.between(payment.accountCreatedAt(), payment.now());
        if (age.compareTo(maxAge) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new RiskFinding(CODE, action,
                "account %s old pays %s (above %s)".formatted(age.withNanos(0), payment.amount(), threshold)));
    }
}
