package io.kiosk.command.risk;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.payment.PaymentCancelled;
import io.kiosk.api.payment.PaymentFailed;
import io.kiosk.api.payment.PaymentHeldForReview;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.api.payment.TradeOpeningRequested;
import io.kiosk.api.pricing.Money;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * The payments the risk rules count and the back office reviews, kept from the payment events by a subscribing
 * processor in the payment command's own transaction ({@code RiskConfiguration}). An attempt is a payment whose
 * trade a provider opened, or one held for review; a failure is such a payment the provider then failed (declined,
 * closed). A payment refused before its trade was open (a risk decline, a provider that refused or was down)
 * counts as neither: it was not the customer's doing to the provider, and its event names no customer. A rejection by the back office is not a failure either.
 */
@Component
@ProcessingGroup(PaymentActivity.PROCESSING_GROUP)
public class PaymentActivity {

    static final String PROCESSING_GROUP = "payment-risk";

    private final JdbcClient jdbc;

    PaymentActivity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The customer's payments since {@code since}. */
    int attemptsSince(CustomerId customer, Instant since) {
        return jdbc.sql("SELECT count(*) FROM payment_attempt WHERE customer_id = :customer AND attempted_at > :since")
                .param("customer", customer.value()).param("since", java.sql.Timestamp.from(since))
                .query(Integer.class).single();
    }

    /** The customer's payments the provider failed since {@code since}. */
    int failuresSince(CustomerId customer, Instant since) {
        return jdbc.sql("SELECT count(*) FROM payment_attempt WHERE customer_id = :customer AND failed_at > :since")
                .param("customer", customer.value()).param("since", java.sql.Timestamp.from(since))
                .query(Integer.class).single();
    }

    /** The payments waiting for the back office, oldest first. */
    public List<HeldPayment> held() {
        return jdbc.sql("SELECT * FROM held_payment ORDER BY held_at, payment_id")
                .query((row, n) -> new HeldPayment(new PaymentId(row.getObject("payment_id", UUID.class)),
                        new OrderId(row.getObject("order_id", UUID.class)),
                        new CustomerId(row.getObject("customer_id", UUID.class)),
                        PaymentProvider.valueOf(row.getString("method")),
                        new Money(row.getBigDecimal("amount").setScale(
                                Math.max(Currency.getInstance(row.getString("currency")).getDefaultFractionDigits(), 0)),
                                Currency.getInstance(row.getString("currency"))),
                        Arrays.asList(row.getString("rules").split(",")),
                        row.getTimestamp("held_at").toInstant()))
                .list();
    }

    @EventHandler
    void on(PaymentHeldForReview event, @Timestamp Instant at) {
        attempted(event.paymentId(), event.customerId(), at);
        jdbc.sql("""
                        INSERT INTO held_payment (payment_id, order_id, customer_id, method, amount, currency, rules, held_at)
                        VALUES (:payment, :order, :customer, :method, :amount, :currency, :rules, :at)
                        ON CONFLICT (payment_id) DO NOTHING""")
                .param("payment", event.paymentId().value()).param("order", event.orderId().value())
                .param("customer", event.customerId().value()).param("method", event.method().name())
                .param("amount", event.amount().amount()).param("currency", event.amount().currency().getCurrencyCode())
                .param("rules", String.join(",", event.rules())).param("at", java.sql.Timestamp.from(at))
                .update();
    }

    /** Approved by the back office: its trade is asked of the provider, the review is over. */
    @EventHandler
    void on(TradeOpeningRequested event) {
        reviewed(event.paymentId());
    }

    @EventHandler
    void on(PaymentRequested event, @Timestamp Instant at) {
        attempted(event.paymentId(), event.customerId(), at);
        reviewed(event.paymentId());
    }

    @EventHandler
    void on(PaymentFailed event, @Timestamp Instant at) {
        if (event.reason() == null || !event.reason().startsWith("risk-")) {
            jdbc.sql("UPDATE payment_attempt SET failed_at = :at WHERE payment_id = :payment AND failed_at IS NULL")
                    .param("payment", event.paymentId().value()).param("at", java.sql.Timestamp.from(at)).update();
        }
        reviewed(event.paymentId());
    }

    @EventHandler
    void on(PaymentCancelled event) {
        reviewed(event.paymentId());
    }

    private void attempted(PaymentId payment, CustomerId customer, Instant at) {
        jdbc.sql("""
                        INSERT INTO payment_attempt (payment_id, customer_id, attempted_at) VALUES (:payment, :customer, :at)
                        ON CONFLICT (payment_id) DO NOTHING""")
                .param("payment", payment.value()).param("customer", customer.value())
                .param("at", java.sql.Timestamp.from(at)).update();
    }

    private void reviewed(PaymentId payment) {
        jdbc.sql("DELETE FROM held_payment WHERE payment_id = :payment").param("payment", payment.value()).update();
    }
}
