package io.kiosk.command.risk;

import java.util.Optional;

/** A customer whose payments keep failing at the provider should stop for a while rather than try another one. */
public final class TooManyFailures implements RiskRule {

    static final String CODE = "too-many-failures";

    private final RiskAction action;
    private final int max;

    public TooManyFailures(RiskAction action, int max) {
        this.action = action;
        this.max = max;
    }

    @Override
    public Optional<RiskFinding> judge(PaymentUnderCheck payment) {
        if (action == RiskAction.OFF || payment.failuresLastHour() <= max) {
            return Optional.empty();
        }
        return Optional.of(new RiskFinding(CODE, action,
                "%d failed payments in the last hour (at most %d)".formatted(payment.failuresLastHour(), max)));
    }
}
