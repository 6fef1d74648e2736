package io.kiosk.projections.analytics;

import io.kiosk.api.refund.RefundCompleted;
import io.kiosk.api.refund.RefundRequested;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The refunds in analytics, from the Refund aggregate's own events: what a refund asked for is noted when it
 * is requested, and the refund counts (in {@code refund_fact}, for the refund reports, the funnel's last step
 * and net revenue) once its money went back, with the amount actually paid back. Refunds that end without
 * money (rejected, withdrawn, goods refused) never count.
 */
@Component
@ProcessingGroup(AnalyticsProjection.PROCESSING_GROUP)
class RefundAnalytics {

    private final RefundClaims claims;
    private final RefundFacts facts;
    private final JdbcClient jdbc;

    RefundAnalytics(RefundClaims claims, RefundFacts facts, JdbcClient jdbc) {
        this.claims = claims;
        this.facts = facts;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(RefundRequested event, @SequenceNumber long sequence) {
        claims.claimed(event.refundId(), event.orderId(), event.lines(), event.reason().name(), event.amount(), sequence);
    }

    @EventHandler
    void on(RefundCompleted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        RefundClaims.Claim claim = claims.find(event.refundId()).orElseThrow(() -> new IllegalStateException(
                "refund " + event.refundId() + " completed without the request it answers"));
        facts.refunded(event.refundId().value(), claim.orderId(), claim.paidBack(event.amount()), claim.reason(), at, sequence);
    }

    /** The analytics projection empties the facts; what refunds asked for goes with them. */
    @ResetHandler
    void emptyClaims() {
        jdbc.sql("TRUNCATE analytics.refund_claim").update();
    }
}
