package io.kiosk.projections.analytics;

import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.pricing.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code analytics.payment_fact}: one row per payment, from the payment's own events. Any of them may be the
 * first (a payment the risk check declines fails at once), so each one creates the row or adds to it; the
 * first one's moment is when the payment started.
 */
@Repository
class PaymentFacts {

    /** The payment's state after an event, and the moment column it fills, if any. */
    enum Step {
        /** asked of the provider, which has not opened the trade yet */
        PENDING,
        REQUESTED,
        HELD_FOR_REVIEW,
        SUCCEEDED,
        FAILED,
        CANCELLED
    }

    private final JdbcClient jdbc;

    PaymentFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a payment event: {@code method} and {@code amount} when the event says them, {@code failureReason}
     * for a failure. An event at or below the payment's last sequence applied changes nothing.
     */
    void record(PaymentId payment, OrderId order, Step step, PaymentProvider method, Money amount, String failureReason,
                long sequence, MallCalendar.Moment at) {
        jdbc.sql("""
                        INSERT INTO analytics.payment_fact (payment_id, order_id, method, currency, amount, status, held_for_review,
                                                            started_at, started_on, succeeded_at, succeeded_on, failed_at, failed_on,
                                                            failure_reason, cancelled_at, cancelled_on, version)
                        VALUES (:paymentId, :orderId, :method, :currency, :amount, :status, :held,
                                :at, :on, :succeededAt, :succeededOn, :failedAt, :failedOn,
                                :failureReason, :cancelledAt, :cancelledOn, :version)
                        ON CONFLICT (payment_id) DO UPDATE
                        SET method = COALESCE(EXCLUDED.method, payment_fact.method),
                            currency = COALESCE(EXCLUDED.currency, payment_fact.currency),
                            amount = COALESCE(EXCLUDED.amount, payment_fact.amount),
                            status = EXCLUDED.status,
                            held_for_review = payment_fact.held_for_review OR EXCLUDED.held_for_review,
                            succeeded_at = COALESCE(EXCLUDED.succeeded_at, payment_fact.succeeded_at),
                            succeeded_on = COALESCE(EXCLUDED.succeeded_on, payment_fact.succeeded_on),
                            failed_at = COALESCE(EXCLUDED.failed_at, payment_fact.failed_at),
                            failed_on = COALESCE(EXCLUDED.failed_on, payment_fact.failed_on),
                            failure_reason = COALESCE(EXCLUDED.failure_reason, payment_fact.failure_reason),
                            cancelled_at = COALESCE(EXCLUDED.cancelled_at, payment_fact.cancelled_at),
                            cancelled_on = COALESCE(EXCLUDED.cancelled_on, payment_fact.cancelled_on),
                            version = EXCLUDED.version
                        WHERE payment_fact.version < EXCLUDED.version""")
                .param("paymentId", payment.value())
                .param("orderId", order.value())
                .param("method", method == null ? null : method.name())
                .param("currency", amount == null ? null : amount.currency().getCurrencyCode())
                .param("amount", amount == null ? null : amount.amount())
                .param("status", step.name())
                .param("held", step == Step.HELD_FOR_REVIEW)
                .param("at", at.at())
                .param("on", at.on())
                .param("succeededAt", step == Step.SUCCEEDED ? at.at() : null)
                .param("succeededOn", step == Step.SUCCEEDED ? at.on() : null)
                .param("failedAt", step == Step.FAILED ? at.at() : null)
                .param("failedOn", step == Step.FAILED ? at.on() : null)
                .param("failureReason", failureReason)
                .param("cancelledAt", step == Step.CANCELLED ? at.at() : null)
                .param("cancelledOn", step == Step.CANCELLED ? at.on() : null)
                .param("version", sequence)
                .update();
    }
}
