package io.kiosk.projections.analytics;

import io.kiosk.api.analytics.PaymentMethodMix;
import io.kiosk.api.analytics.PaymentMethodShare;
import io.kiosk.api.customer.PaymentProvider;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

import static io.kiosk.projections.analytics.Figures.money;
import static io.kiosk.projections.analytics.Figures.rate;

/**
 * The payment method mix of a period, from {@code payment_method_daily}: per method and currency the payments
 * started, succeeded and failed on the period's days and the money collected, with each method's share of the
 * succeeded payments and of the money collected in its currency.
 */
@Component
class PaymentMethodReport {

    private final JdbcClient jdbc;

    PaymentMethodReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<PaymentMethodShare> answer(PaymentMethodMix query) {
        return jdbc.sql("""
                        WITH mix AS (SELECT method, currency, sum(payments_started) AS started,
                                            sum(payments_succeeded) AS succeeded, sum(payments_failed) AS failed,
                                            sum(amount_collected) AS collected
                                     FROM analytics.payment_method_daily
                                     WHERE day BETWEEN :from AND :to
                                     GROUP BY method, currency)
                        SELECT mix.*, sum(succeeded) OVER (PARTITION BY currency) AS all_succeeded,
                               sum(collected) OVER (PARTITION BY currency) AS all_collected
                        FROM mix
                        WHERE currency IS NOT NULL
                        ORDER BY currency, method NULLS LAST""")
                .params(SalesReports.period(query.period()))
                .query((row, n) -> {
                    Currency currency = Currency.getInstance(row.getString("currency"));
                    String method = row.getString("method");
                    BigDecimal collected = row.getBigDecimal("collected");
                    return new PaymentMethodShare(method == null ? null : PaymentProvider.valueOf(method), currency,
                            row.getLong("started"), row.getLong("succeeded"), row.getLong("failed"),
                            money(collected, currency), rate(row.getBigDecimal("succeeded"), row.getBigDecimal("all_succeeded")),
                            rate(collected, row.getBigDecimal("all_collected")));
                })
                .list();
    }
}
