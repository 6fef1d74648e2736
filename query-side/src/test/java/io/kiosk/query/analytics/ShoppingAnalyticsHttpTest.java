package io.kiosk.query.analytics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.kiosk.query.analytics.AnalyticsStory.PERIOD;
import static org.assertj.core.api.Assertions.assertThat;

/** The funnel, refund rates, payment method mix and heat map of the story's week, in JSON and CSV. */
class ShoppingAnalyticsHttpTest extends AnalyticsHttpTest {

    @Test
    void the_funnel_follows_each_day_s_new_carts_to_checkout_payment_and_refund_with_every_day_listed() {
        answers("/api/analytics/funnel?" + PERIOD,
                "day,cartsCreated,cartsCheckedOut,ordersPaid,ordersRefunded",
                "2031-03-03,3,2,1,1",
                "2031-03-04,2,2,2,2",
                "2031-03-05,0,0,0,0",
                "2031-03-06,1,1,1,0",
                "2031-03-07,0,0,0,0",
                "2031-03-08,0,0,0,0",
                "2031-03-09,0,0,0,0");
    }

    @Test
    void refund_rates_per_product_set_what_the_period_s_orders_sold_against_what_was_refunded_for_them() {
        answers("/api/analytics/refunds?" + PERIOD,
                "productId,nameZh,nameEn,currency,unitsSold,unitsRefunded,unitRate,amountSold,amountRefunded,amountRate",
                "ks-an-cable,KS 快充数据线,KS Fast Charging Cable,CNY,3,1,0.3333,147.00,49.00,0.3333",
                "ks-an-charger,KS 无线充电器 Pro,KS Wireless Charger Pro,CNY,2,0,0.0000,398.00,0.00,0.0000",
                "ks-an-charger,KS 无线充电器 Pro,KS Wireless Charger Pro,USD,1,0,0.0000,30.00,0.00,0.0000",
                "ks-an-lamp,KS 智能台灯,KS Smart Desk Lamp,CNY,4,2,0.5000,1316.00,658.00,0.5000");
    }

    @Test
    void a_refund_counts_for_the_period_its_order_was_paid_in_even_when_the_money_went_back_later() {
        // Monday and Tuesday's orders: the lamp refunded on Friday counts, the one of Wednesday's order does not
        answers("/api/analytics/refunds?from=2031-03-03&to=2031-03-04&by=product",
                "productId,nameZh,nameEn,currency,unitsSold,unitsRefunded,unitRate,amountSold,amountRefunded,amountRate",
                "ks-an-cable,KS 快充数据线,KS Fast Charging Cable,CNY,3,1,0.3333,147.00,49.00,0.3333",
                "ks-an-charger,KS 无线充电器 Pro,KS Wireless Charger Pro,CNY,2,0,0.0000,398.00,0.00,0.0000",
                "ks-an-lamp,KS 智能台灯,KS Smart Desk Lamp,CNY,2,1,0.5000,658.00,329.00,0.5000");
    }

    @Test
    void refund_rates_per_reason_set_each_reason_against_everything_sold() {
        answers("/api/analytics/refunds?" + PERIOD + "&by=reason",
                "reason,currency,refunds,unitsSold,unitsRefunded,unitRate,amountSold,amountRefunded,amountRate",
                "DAMAGED,CNY,2,9,2,0.2222,1861.00,658.00,0.3536",
                "NOT_AS_DESCRIBED,CNY,1,9,1,0.1111,1861.00,49.00,0.0263");
    }

    @Test
    void the_payment_method_mix_shares_what_was_collected_per_currency_and_knows_the_method_of_a_payment_declined_at_once() {
        answers("/api/analytics/payment-methods?" + PERIOD,
                "method,currency,paymentsStarted,paymentsSucceeded,paymentsFailed,amountCollected,shareOfPayments,shareOfAmount",
                "ALIPAY,CNY,2,2,0,1385.00,0.6667,0.7442",
                "CARD,CNY,1,1,0,476.00,0.3333,0.2558",
                "WECHAT_PAY,CNY,1,0,1,0.00,0.0000,0.0000",
                "CARD,USD,1,1,0,30.00,1.0000,1.0000");
    }

    @Test
    void the_heat_map_has_every_hour_of_the_week_in_mall_time() {
        List<String> cells = csv("/api/analytics/heatmap?" + PERIOD);

        assertThat(cells).hasSize(1 + 7 * 24);
        assertThat(cells.get(0)).isEqualTo("weekday,hour,ordersPlaced,ordersPaid");
        assertThat(cells.get(1)).isEqualTo("MONDAY,0,0,0");
        assertThat(cells.get(168)).isEqualTo("SUNDAY,23,0,0");
        assertThat(cells.stream().skip(1).filter(cell -> !cell.endsWith(",0,0")))
                .containsExactly("MONDAY,9,1,1", "MONDAY,10,1,0", "TUESDAY,20,1,1", "WEDNESDAY,0,1,1", "THURSDAY,15,1,1");
        assertThat(json("/api/analytics/heatmap?" + PERIOD, cells.get(0))).isEqualTo(cells);
    }
}
