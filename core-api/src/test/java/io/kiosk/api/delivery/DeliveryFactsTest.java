package io.kiosk.api.delivery;

import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.LocalizedText;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.pricing.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A checkout's delivery estimate from the facts looked up for its lines, by the quote's rules. The order is placed on
 * 25 November; Shanghai is one transit day away, Beijing two to three.
 */
class DeliveryFactsTest {

    private static final LocalDate ORDERED_ON = LocalDate.of(2026, 11, 25);
    private static final Region SHANGHAI = new Region("SH", LocalizedText.of("上海", "Shanghai"), 1, 1);
    private static final Region BEIJING = new Region("BJ", LocalizedText.of("北京", "Beijing"), 2, 3);

    private final List<LineDelivery> looked = new ArrayList<>();

    private OrderLine line(int quantity, StockLevel stock, int optionLeadDays) {
        OrderLine line = new OrderLine(CartItemId.random(), new ProductId("ks-charger-pro"), ChosenOptions.none(),
                new Quantity(quantity), Money.of("199.00", "CNY"), null, null);
        looked.add(new LineDelivery(line.lineId(), stock, optionLeadDays));
        return line;
    }

    private DeliveryFacts to(Region region) {
        return new DeliveryFacts(region, ORDERED_ON, looked);
    }

    @Test
    void goods_in_stock_leave_after_a_handling_day_and_travel_to_the_region() {
        OrderLine charger = line(2, StockLevel.available(20), 0);

        assertThat(to(SHANGHAI).estimate(List.of(charger))).contains(window("2026-11-27", "2026-11-27"));
        assertThat(to(BEIJING).estimate(List.of(charger))).contains(window("2026-11-28", "2026-11-29"));
    }

    @Test
    void low_stock_still_promises_the_in_stock_window() {
        OrderLine charger = line(2, StockLevel.available(3), 0);

        assertThat(to(SHANGHAI).estimate(List.of(charger))).contains(window("2026-11-27", "2026-11-27"));
    }

    @Test
    void goods_made_to_order_leave_after_their_lead_days() {
        OrderLine charger = line(2, StockLevel.madeToOrder(7), 0);

        assertThat(to(BEIJING).estimate(List.of(charger))).contains(window("2026-12-04", "2026-12-05"));
    }

    @Test
    void chosen_options_add_their_lead_days() {
        OrderLine engraved = line(1, StockLevel.available(20), 2);

        assertThat(to(SHANGHAI).estimate(List.of(engraved))).contains(window("2026-11-29", "2026-11-29"));
    }

    @Test
    void an_order_with_a_line_out_of_stock_gets_no_estimate() {
        List<OrderLine> lines = List.of(line(1, StockLevel.available(20), 0), line(2, StockLevel.available(1), 0));

        assertThat(to(SHANGHAI).estimate(lines)).isEmpty();
    }

    @Test
    void goods_nobody_stocked_get_no_estimate() {
        OrderLine neverStocked = line(1, StockLevel.NONE, 0);

        assertThat(to(SHANGHAI).estimate(List.of(neverStocked))).isEmpty();
    }

    @Test
    void a_line_the_look_up_did_not_cover_gets_the_order_no_estimate() {
        OrderLine covered = line(1, StockLevel.available(20), 0);
        OrderLine addedAfterwards = new OrderLine(CartItemId.random(), new ProductId("ks-lock-s"), ChosenOptions.none(),
                new Quantity(1), Money.of("899.50", "CNY"), null, null);

        assertThat(to(SHANGHAI).estimate(List.of(covered, addedAfterwards))).isEmpty();
    }

    @Test
    void the_order_arrives_with_its_latest_line() {
        List<OrderLine> lines = List.of(line(1, StockLevel.available(20), 0), line(1, StockLevel.madeToOrder(3), 0));

        assertThat(to(BEIJING).estimate(lines)).contains(window("2026-11-30", "2026-12-01"));
    }

    private static DeliveryWindow window(String earliest, String latest) {
        return new DeliveryWindow(LocalDate.parse(earliest), LocalDate.parse(latest));
    }
}
