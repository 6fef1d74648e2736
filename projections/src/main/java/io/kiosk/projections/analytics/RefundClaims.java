package io.kiosk.projections.analytics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.refund.RefundId;
import io.kiosk.api.refund.RefundLine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code analytics.refund_claim}: what each refund asked for, until its money goes back. Then
 * {@link Claim#paidBack(Money)} says what each line accounts for of the amount actually paid back.
 */
@Repository
class RefundClaims {

    private static final TypeReference<List<ClaimedLine>> LINES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    RefundClaims(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void claimed(RefundId refundId, OrderId orderId, List<RefundLine> lines, String reason, Money amount, long sequence) {
        List<ClaimedLine> claimed = lines.stream()
                .map(line -> new ClaimedLine(line.productId().value(), line.quantity().value(), line.amount().amount()))
                .toList();
        jdbc.sql("""
                        INSERT INTO analytics.refund_claim (refund_id, order_id, reason, currency, lines, version)
                        VALUES (:refundId, :orderId, :reason, :currency, CAST(:lines AS jsonb), :version)
                        ON CONFLICT (refund_id) DO UPDATE
                        SET order_id = EXCLUDED.order_id, reason = EXCLUDED.reason, currency = EXCLUDED.currency,
                            lines = EXCLUDED.lines, version = EXCLUDED.version
                        WHERE refund_claim.version < EXCLUDED.version""")
                .param("refundId", refundId.value())
                .param("orderId", orderId.value())
                .param("reason", reason)
                .param("currency", amount.currency().getCurrencyCode())
                .param("lines", write(claimed))
                .param("version", sequence)
                .update();
    }

    Optional<Claim> find(RefundId refundId) {
        return jdbc.sql("SELECT order_id, reason, currency, lines FROM analytics.refund_claim WHERE refund_id = :refundId")
                .param("refundId", refundId.value())
                .query((row, n) -> new Claim(new OrderId(row.getObject("order_id", UUID.class)), row.getString("reason"),
                        Currency.getInstance(row.getString("currency")), read(row.getString("lines"))))
                .optional();
    }

    private String write(List<ClaimedLine> lines) {
        try {
            return json.writeValueAsString(lines);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("claimed lines always serialize", impossible);
        }
    }

    private List<ClaimedLine> read(String lines) {
        try {
            return json.readValue(lines, LINES);
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("analytics.refund_claim.lines is not a list of lines: " + lines, corrupt);
        }
    }

    /** One line as claimed: how many units of which product, and what they cost. */
    record ClaimedLine(String productId, int quantity, BigDecimal amount) {
    }

    /** What a refund asked for. */
    record Claim(OrderId orderId, String reason, Currency currency, List<ClaimedLine> lines) {

        /**
         * The lines as the money went back: each accounts for its share of {@code paidBack} in proportion to what
         * its units cost (all of it when everything asked for went back), rounded to the currency's cents, the
         * last line taking what rounding left so that the lines add up to exactly what was paid back.
         */
        List<RefundedLine> paidBack(Money paidBack) {
            BigDecimal asked = lines.stream().map(ClaimedLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            int scale = Math.max(0, currency.getDefaultFractionDigits());
            List<RefundedLine> refunded = new ArrayList<>();
            BigDecimal left = paidBack.amount();
            for (int i = 0; i < lines.size(); i++) {
                ClaimedLine line = lines.get(i);
                BigDecimal share = i == lines.size() - 1 ? left
                        : asked.signum() == 0 ? BigDecimal.ZERO.setScale(scale)
                        : paidBack.amount().multiply(line.amount()).divide(asked, scale, RoundingMode.HALF_EVEN);
                left = left.subtract(share);
                refunded.add(new RefundedLine(new ProductId(line.productId()), line.quantity(), new Money(share, currency)));
            }
            return refunded;
        }
    }
}
