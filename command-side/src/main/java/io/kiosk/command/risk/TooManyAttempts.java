package io.kiosk.command.risk;

import java.util.Optional;

/** Many payments by one customer within an hour look like someone trying cards or accounts until one works. */
public final class TooManyAttempts implements RiskRule {

    static final String CODE = "too-many-attempts";

    private final RiskAction action;
    private final int max;

    public TooManyAttempts(RiskAction action, int max) {
        this.action = action;
        this.max = max;
    }

    @Override
    public Optional<RiskFinding> judge(PaymentUnderCheck payment) {
        if (action == RiskAction.OFF || payment.attemptsLastHour() + 1 <= max) {
            return Optional.empty();
        }
        return Optional.of(new RiskFinding(CODE, action,
                "payment %d of the customer in the last hour (at most %d)".formatted(payment.attemptsLastHour() + 1, max)));
    }
}
