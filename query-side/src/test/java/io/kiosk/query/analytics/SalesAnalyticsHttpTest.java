package io.kiosk.query.analytics;

import io.kiosk.query.HttpClientForTests.Answer;
import org.junit.jupiter.api.Test;

import static io.kiosk.query.analytics.AnalyticsStory.PERIOD;
import static org.assertj.core.api.Assertions.assertThat;

/** Revenue, orders, average order value and top products of the story's week, to the cent, in JSON and CSV. */
class SalesAnalyticsHttpTest extends AnalyticsHttpTest {

    @Test
    void sales_by_day_count_placements_payments_and_refunds_on_their_own_mall_days_per_currency() {
        answers("/api/analytics/sales?" + PERIOD,
                "day,currency,ordersPlaced,ordersPaid,gross,refunded,net,averageOrderValue",
                "2031-03-03,CNY,2,1,727.00,0.00,727.00,727.00",
                "2031-03-04,CNY,1,1,476.00,0.00,476.00,476.00",
                "2031-03-05,CNY,1,1,658.00,0.00,658.00,658.00",
                "2031-03-06,USD,1,1,30.00,0.00,30.00,30.00",
                "2031-03-07,CNY,0,0,0.00,329.00,-329.00,",
                "2031-03-08,CNY,0,0,0.00,49.00,-49.00,",
                "2031-03-09,CNY,0,0,0.00,329.00,-329.00,");
    }

    @Test
    void a_period_is_whole_mall_days_with_both_ends_included() {
        // the order checked out at 00:10 on Wednesday belongs to Wednesday, not to Tuesday in UTC
        answers("/api/analytics/sales?from=2031-03-04&to=2031-03-05&by=day",
                "day,currency,ordersPlaced,ordersPaid,gross,refunded,net,averageOrderValue",
                "2031-03-04,CNY,1,1,476.00,0.00,476.00,476.00",
                "2031-03-05,CNY,1,1,658.00,0.00,658.00,658.00");
    }

    @Test
    void sales_by_category_follow_the_labels_the_lines_were_sold_with_and_the_product_for_lines_without() {
        answers("/api/analytics/sales?" + PERIOD + "&by=category",
                "category,currency,units,orders,gross,refunded,net,averageOrderValue",
                "cables,CNY,3,1,147.00,49.00,98.00,147.00",
                "chargers,CNY,2,1,398.00,0.00,398.00,398.00",
                "chargers,USD,1,1,30.00,0.00,30.00,30.00",
                "lamps,CNY,4,3,1316.00,658.00,658.00,438.67");
    }

    @Test
    void sales_by_product_carry_the_names_the_products_were_sold_as() {
        answers("/api/analytics/sales?" + PERIOD + "&by=PRODUCT",
                "productId,nameZh,nameEn,category,currency,units,orders,gross,refunded,net,averageOrderValue",
                "ks-an-cable,KS 快充数据线,KS Fast Charging Cable,cables,CNY,3,1,147.00,49.00,98.00,147.00",
                "ks-an-charger,KS 无线充电器 Pro,KS Wireless Charger Pro,chargers,CNY,2,1,398.00,0.00,398.00,398.00",
                "ks-an-charger,KS 无线充电器 Pro,KS Wireless Charger Pro,chargers,USD,1,1,30.00,0.00,30.00,30.00",
                "ks-an-lamp,KS 智能台灯,KS Smart Desk Lamp,lamps,CNY,4,3,1316.00,658.00,658.00,438.67");
    }

    @Test
    void top_products_are_ranked_per_currency_by_units_or_by_revenue() {
        answers("/api/analytics/top-products?" + PERIOD + "&limit=2",
                "rank,productId,nameZh,nameEn,category,currency,units,orders,revenue",
                "1,ks-an-lamp,KS 智能台灯,KS Smart Desk Lamp,lamps,CNY,4,3,1316.00",
                "2,ks-an-cable,KS 快充数据线,KS Fast Charging Cable,cables,CNY,3,1,147.00",
                "1,ks-an-charger,KS 无线充电器 Pro,KS Wireless Charger Pro,chargers,USD,1,1,30.00");
        answers("/api/analytics/top-products?" + PERIOD + "&limit=2&by=revenue",
                "rank,productId,nameZh,nameEn,category,currency,units,orders,revenue",
                "1,ks-an-lamp,KS 智能台灯,KS Smart Desk Lamp,lamps,CNY,4,3,1316.00",
                "2,ks-an-charger,KS 无线充电器 Pro,KS Wireless Charger Pro,chargers,CNY,2,1,398.00",
                "1,ks-an-charger,KS 无线充电器 Pro,KS Wireless Charger Pro,chargers,USD,1,1,30.00");
    }

    @Test
    void json_answers_name_the_period_and_keep_money_as_strings() {
        Answer answer = http.get("/api/analytics/sales?" + PERIOD, analyst());

        assertThat(answer.field("from")).isEqualTo("2031-03-03");
        assertThat(answer.field("to")).isEqualTo("2031-03-09");
        assertThat(exact(answer.text()).path("rows").get(0).path("gross").isTextual()).isTrue();
        assertThat(exact(answer.text()).path("rows").get(0).path("ordersPaid").isNumber()).isTrue();
        assertThat(answer.body().path("rows").get(4).has("averageOrderValue")).as("no paid orders, no average").isFalse();
    }
}
