package io.kiosk.command.risk;

import io.kiosk.api.payment.RequestPayment;
import io.kiosk.command.identity.AccountAges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The risk check Kiosk runs: gathers what the rules look at (the customer's payments in the last hour from
 * {@link PaymentActivity}, the account's age from identity) and asks every configured rule.
 */
public class RuleBasedRiskCheck implements RiskCheck {

    private static final Logger log = LoggerFactory.getLogger(RuleBasedRiskCheck.class);

    private final List<RiskRule> rules;
    private final PaymentActivity activity;
    private final AccountAges accounts;
    private final Clock clock;

    public RuleBasedRiskCheck(List<RiskRule> rules, PaymentActivity activity, AccountAges accounts, Clock clock) {
        this.rules = List.copyOf(rules);
        this.activity = activity;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public RiskVerdict assess(RequestPayment request) {
        Instant now = clock.instant();
        Instant since = now.minus(RiskProperties.WINDOW);
        PaymentUnderCheck payment = new PaymentUnderCheck(request.customerId(), request.amount(), request.deliveryRegion(),
                request.deliveryAddress(), activity.attemptsSince(request.customerId(), since),
                activity.failuresSince(request.customerId(), since),
                accounts.createdAt(request.customerId()).orElse(null), now);
        List<RiskFinding> findings = rules.stream().map(rule -> rule.judge(payment)).flatMap(Optional::stream).toList();
        findings.forEach(finding -> log.info("payment {}: risk rule {} fired ({}): {}", request.paymentId(), finding.rule(),
                finding.action(), finding.detail()));
        return RiskVerdict.of(findings);
    }
}
