package io.kiosk.projections.analytics;

import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.pricing.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How a refund's money is shared among its lines once it went back, whole or approved for less. */
class RefundClaimTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final RefundClaims.Claim LAMP_AND_CABLES = new RefundClaims.Claim(OrderId.random(), "DAMAGED", CNY, List.of(
            new RefundClaims.ClaimedLine("ks-lamp", 1, new BigDecimal("329.00")),
            new RefundClaims.ClaimedLine("ks-cable", 3, new BigDecimal("147.00"))));

    @Test
    void everything_asked_for_went_back_so_each_line_accounts_for_what_its_units_cost() {
        List<RefundedLine> lines = LAMP_AND_CABLES.paidBack(Money.of("476.00", "CNY"));

        assertThat(lines).containsExactly(
                new RefundedLine(new ProductId("ks-lamp"), 1, Money.of("329.00", "CNY")),
                new RefundedLine(new ProductId("ks-cable"), 3, Money.of("147.00", "CNY")));
    }

    @Test
    void a_refund_approved_for_less_is_shared_in_proportion_and_adds_up_to_the_cent() {
        List<RefundedLine> lines = LAMP_AND_CABLES.paidBack(Money.of("100.00", "CNY"));

        assertThat(lines.get(0).amount()).isEqualTo(Money.of("69.12", "CNY")); // 100 × 329 / 476 = 69.117...
        assertThat(lines.get(1).amount()).isEqualTo(Money.of("30.88", "CNY"));
        assertThat(lines.stream().map(RefundedLine::amount).reduce(Money::plus).orElseThrow()).isEqualTo(Money.of("100.00", "CNY"));
        assertThat(lines).extracting(RefundedLine::quantity).containsExactly(1, 3);
    }
}
