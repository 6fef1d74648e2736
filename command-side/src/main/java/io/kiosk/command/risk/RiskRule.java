package io.kiosk.command.risk;

import java.util.Optional;

/** One risk rule: fires (with its configured action) or stays silent. Rules never call out: what they need is in the case. */
public interface RiskRule {

    Optional<RiskFinding> judge(PaymentUnderCheck payment);
}
