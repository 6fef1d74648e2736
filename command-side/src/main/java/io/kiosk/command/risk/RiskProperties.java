package io.kiosk.command.risk;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The risk rules' settings ({@code kiosk.payments.risk.*}); every value has a default, documented in
 * {@code application.yml}. Amounts are in {@code currency}; a payment in another currency is not judged by them.
 */
@ConfigurationProperties("kiosk.payments.risk")
public record RiskProperties(String currency, AmountRule amount, CountRule attempts, CountRule failures,
                             NewAccountRule newAccount, RegionRule regionMismatch) {

    public RiskProperties {
        currency = currency == null ? "CNY" : currency;
        amount = amount == null ? new AmountRule(null, null) : amount;
        attempts = attempts == null ? new CountRule(RiskAction.HOLD, 5) : attempts;
        failures = failures == null ? new CountRule(RiskAction.DECLINE, 3) : failures;
        newAccount = newAccount == null ? new NewAccountRule(null, null, null) : newAccount;
        regionMismatch = regionMismatch == null ? new RegionRule(null, null) : regionMismatch;
    }

    /** Above {@code threshold} (20000.00): HOLD. */
    public record AmountRule(RiskAction action, BigDecimal threshold) {
        public AmountRule {
            action = action == null ? RiskAction.HOLD : action;
            threshold = threshold == null ? new BigDecimal("20000.00") : threshold;
        }
    }

    /** More than {@code max} payments (or failed payments) of one customer in the last hour. */
    public record CountRule(RiskAction action, Integer max) {
        public CountRule {
            Objects.requireNonNull(action, "a count rule needs an action");
            if (max == null || max < 0) {
                throw new IllegalArgumentException("a count rule needs a max of 0 or more");
            }
        }
    }

    /** An account younger than {@code maxAge} (1 day) paying more than {@code threshold} (5000.00): HOLD. */
    public record NewAccountRule(RiskAction action, Duration maxAge, BigDecimal threshold) {
        public NewAccountRule {
            action = action == null ? RiskAction.HOLD : action;
            maxAge = maxAge == null ? Duration.ofDays(1) : maxAge;
            threshold = threshold == null ? new BigDecimal("5000.00") : threshold;
        }
    }

    /** The places (province, city; any language) each region code stands for; an address naming another region's place: HOLD. */
    public record RegionRule(RiskAction action, Map<String, List<String>> places) {
        public RegionRule {
            action = action == null ? RiskAction.HOLD : action;
            places = places == null ? Map.of() : Map.copyOf(places);
        }
    }

    /** How far back the attempts and failures are counted. */
    public static final Duration WINDOW = Duration.ofHours(1);
}
