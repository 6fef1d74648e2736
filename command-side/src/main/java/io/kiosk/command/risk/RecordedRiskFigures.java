package io.kiosk.command.risk;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.payment.RiskFigures;
import io.kiosk.command.identity.AccountAges;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * The customer's risk figures from what Kiosk recorded: their payments in the last hour and the failed ones among
 * them ({@link PaymentActivity}), and when their account was opened (identity's {@link AccountAges}).
 */
@Component
class RecordedRiskFigures implements CustomerRiskFigures {

    private final PaymentActivity activity;
    private final AccountAges accounts;
    private final Clock clock;

    RecordedRiskFigures(PaymentActivity activity, AccountAges accounts, Clock clock) {
        this.activity = activity;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public RiskFigures of(CustomerId customer) {
        Instant now = clock.instant();
        Instant since = now.minus(RiskProperties.WINDOW);
        return new RiskFigures(activity.attemptsSince(customer, since), activity.failuresSince(customer, since),
                accounts.createdAt(customer).orElse(null), now);
    }
}
