package io.kiosk.command.risk;

import io.kiosk.api.payment.RequestPayment;
import io.kiosk.api.payment.RiskFigures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * The risk check Kiosk runs: asks every configured rule about the payment as the request describes it, with the
 * customer's figures the sender looked up and carried in it ({@link CustomerRiskFigures}). It reads nothing and
 * calls nothing, so the payment may ask it inside its handler.
 */
public class RuleBasedRiskCheck implements RiskCheck {

    private static final Logger log = LoggerFactory.getLogger(RuleBasedRiskCheck.class);

    private final List<RiskRule> rules;

    public RuleBasedRiskCheck(List<RiskRule> rules) {
        this.rules = List.copyOf(rules);
    }

    @Override
    public RiskVerdict assess(RequestPayment request) {
        RiskFigures figures = request.riskFigures();
        PaymentUnderCheck payment = new PaymentUnderCheck(request.customerId(), request.amount(), request.deliveryRegion(),
                request.deliveryAddress(), figures.attemptsLastHour(), figures.failuresLastHour(),
                figures.accountCreatedAt(), figures.asOf());
        List<RiskFinding> findings = rules.stream().map(rule -> rule.judge(payment)).flatMap(Optional::stream).toList();
        findings.forEach(finding -> log.info("payment {}: risk rule {} fired ({}): {}", request.paymentId(), finding.rule(),
                finding.action(), finding.detail()));
        return RiskVerdict.of(findings);
    }
}
