package io.kiosk.api.delivery;

import io.kiosk.api.catalog.LocalizedText;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryRulesTest {

    private static final Region SHANGHAI = new Region("SH", LocalizedText.of("上海", "Shanghai"), 1, 2);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void goods_in_stock_leave_after_a_handling_day_plus_option_work_then_travel() {
        assertThat(DeliveryRules.estimate(StockLevel.available(40), 2, 2, SHANGHAI, TODAY))
                .contains(new DeliveryWindow(LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 30)));
    }

    @Test
    void made_to_order_goods_take_their_lead_time_instead() {
        assertThat(DeliveryRules.estimate(StockLevel.madeToOrder(10), 500, 0, SHANGHAI, TODAY))
                .contains(new DeliveryWindow(LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 7)));
    }

    @Test
    void goods_out_of_stock_get_no_promise() {
        assertThat(DeliveryRules.estimate(StockLevel.available(1), 2, 0, SHANGHAI, TODAY)).isEmpty();
    }

    @Test
    void stock_is_low_when_few_remain_after_the_order() {
        assertThat(StockLevel.available(10).statusFor(5)).isEqualTo(StockStatus.IN_STOCK);
        assertThat(StockLevel.available(10).statusFor(6)).isEqualTo(StockStatus.LOW);
        assertThat(StockLevel.available(10).statusFor(11)).isEqualTo(StockStatus.OUT_OF_STOCK);
        assertThat(StockLevel.NONE.statusFor(1)).isEqualTo(StockStatus.OUT_OF_STOCK);
        assertThat(StockLevel.madeToOrder(3).statusFor(999)).isEqualTo(StockStatus.MADE_TO_ORDER);
    }
}
