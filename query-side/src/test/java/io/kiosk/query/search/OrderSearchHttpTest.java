package io.kiosk.query.search;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.customer.Role;
import io.kiosk.api.order.CancellationReason;
import io.kiosk.api.order.OrderAwaitingPayment;
import io.kiosk.api.order.OrderCancelled;
import io.kiosk.api.order.OrderFulfilmentStarted;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderPaid;
import io.kiosk.api.order.OrderShipped;
import io.kiosk.api.payment.PaymentHeldForReview;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.api.payment.PaymentSucceeded;
import io.kiosk.api.pricing.Money;
import io.kiosk.query.ExampleEvents;
import io.kiosk.query.HttpClientForTests.Answer;
import io.kiosk.query.QuerySideHttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.kiosk.query.search.OrderSearchExamples.CHARGER;
import static io.kiosk.query.search.OrderSearchExamples.LAMP;
import static io.kiosk.query.search.OrderSearchExamples.details;
import static io.kiosk.query.search.OrderSearchExamples.ids;
import static io.kiosk.query.search.OrderSearchExamples.line;
import static io.kiosk.query.search.OrderSearchExamples.mall;
import static io.kiosk.query.search.OrderSearchExamples.placed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back office finds orders over HTTP: by any way of naming them, through each filter, in Chinese and in
 * English. This class's orders are placed in March 2030 and every search here names that month, so that the
 * orders of other test classes (placed now) never count.
 */
class OrderSearchHttpTest extends QuerySideHttpTest {

    private static final String MARCH_2030 = "from=2030-03-01&to=2030-03-31";
    private static final OrderId ZHANG = OrderId.random(), MIA = OrderId.random(), LEI = OrderId.random(),
            JOHN = OrderId.random(), OLD = OrderId.random();
    private static boolean recorded;
    private String staff;

    /**
     * Zhang Wei's chargers (398.00 CNY, Alipay, paid), Mia Chen's lamp (329.00 CNY, WeChat Pay, held for review),
     * Lei Wang's mug sold before lines had names (20.00 CNY, card, cancelled), John Smith's charger (50.00 USD,
     * shipped) and an order from before checkout asked for details (0.07 CNY), one a day from 1 March.
     */
    @BeforeEach
    void fiveOrdersInMarch2030() {
        staff = identity.accessToken(CustomerId.random(), Role.BACK_OFFICE);
        if (!recorded) {
            PaymentId zhangsPayment = PaymentId.random();
            history.recordAt(mall("2030-03-01T10:00"), ExampleEvents.ORDER, ZHANG,
                    placed(ZHANG, details("张伟", "zhang.wei@example.com", "+8613800001111", "李娜", "+8613700003333",
                            PaymentProvider.ALIPAY), line("ks-charger-pro", 2, "199.00", "CNY", CHARGER)),
                    new OrderAwaitingPayment(ZHANG, zhangsPayment), new OrderPaid(ZHANG, zhangsPayment));
            history.recordAt(mall("2030-03-01T10:05"), "Payment", zhangsPayment,
                    new PaymentRequested(zhangsPayment, ZHANG, null, PaymentProvider.ALIPAY, Money.of("398.00", "CNY"), null),
                    new PaymentSucceeded(zhangsPayment, ZHANG, PaymentProvider.ALIPAY, Money.of("398.00", "CNY"), "T1", null));
            PaymentId miasPayment = PaymentId.random();
            history.recordAt(mall("2030-03-02T10:00"), ExampleEvents.ORDER, MIA,
                    placed(MIA, details("Mia Chen", "mia.chen@example.com", "+8613900002222", "Mia Chen", "+8613900002222",
                            PaymentProvider.WECHAT_PAY), line("ks-desk-lamp", 1, "329.00", "CNY", LAMP)),
                    new OrderAwaitingPayment(MIA, miasPayment));
            history.recordAt(mall("2030-03-02T10:01"), "Payment", miasPayment, new PaymentHeldForReview(miasPayment, MIA, null,
                    PaymentProvider.WECHAT_PAY, Money.of("329.00", "CNY"), "Kiosk order", List.of("region-mismatch")));
            history.recordAt(mall("2030-03-03T10:00"), ExampleEvents.ORDER, LEI,
                    placed(LEI, details("Lei Wang", "lei.wang@example.com", "+8613600004444", "Lei Wang", "+8613600004444",
                            PaymentProvider.CARD), line("ks-legacy-mug", 1, "20.00", "CNY", null)),
                    new OrderCancelled(LEI, CancellationReason.CUSTOMER_REQUEST, false));
            history.recordAt(mall("2030-03-04T10:00"), ExampleEvents.ORDER, JOHN,
                    placed(JOHN, details("John Smith", "john.smith@example.com", "+14155550100", "John Smith", "+14155550100",
                            PaymentProvider.CARD), line("ks-charger-pro", 1, "50.00", "USD", CHARGER)),
                    new OrderAwaitingPayment(JOHN, PaymentId.random()), new OrderPaid(JOHN, PaymentId.random()),
                    new OrderFulfilmentStarted(JOHN), new OrderShipped(JOHN, "SF Express", "SF1", null));
            history.recordAt(mall("2030-03-05T10:00"), ExampleEvents.ORDER, OLD,
                    placed(OLD, null, line("ks-sticker", 1, "0.07", "CNY", null)));
            recorded = true;
        }
        eventually(search(""), staff, answer -> answer.body().path("total").asInt() == 5
                && answer.text().contains("HELD_FOR_REVIEW") && answer.text().contains("SUCCEEDED") && answer.text().contains("\"PAID\"")
                && answer.text().contains("SHIPPED") && answer.text().contains("CANCELLED"));
    }

    /** A search among this class's orders. */
    private static String search(String parameters) {
        return "/api/search/orders?" + MARCH_2030 + (parameters.isEmpty() ? "" : "&" + parameters);
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private List<String> found(String parameters) {
        Answer answer = http.getEncoded(search(parameters), staff);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return ids(answer);
    }

    @Test
    void an_order_is_found_by_its_id_or_the_start_of_it() {
        assertThat(found(q(ZHANG.toString()))).containsExactly(ZHANG.toString());
        assertThat(found(q(ZHANG.toString().substring(0, 13).toUpperCase()))).containsExactly(ZHANG.toString());
    }

    @Test
    void an_order_is_found_by_the_contacts_e_mail_in_any_case() {
        assertThat(found(q("Zhang.Wei@Example.com"))).containsExactly(ZHANG.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"+86 138 0000 1111", "13800001111", "138-0000-1111", "+8613700003333", "13700003333"})
    void an_order_is_found_by_the_contacts_or_the_recipients_phone_in_full_or_by_its_national_digits(String phone) {
        assertThat(found(q(phone))).containsExactly(ZHANG.toString());
    }

    @Test
    void an_order_is_found_by_the_names_of_the_people_it_names_in_chinese_and_in_english() {
        assertThat(found(q("张伟"))).containsExactly(ZHANG.toString());
        assertThat(found(q("李娜"))).as("the recipient").containsExactly(ZHANG.toString());
        assertThat(found(q("mia chen"))).containsExactly(MIA.toString());
        assertThat(found(q("Smith"))).containsExactly(JOHN.toString());
    }

    @Test
    void a_chinese_name_is_found_typed_in_pinyin_whole_or_apart_or_as_initials() {
        assertThat(found(q("zhangwei"))).containsExactly(ZHANG.toString());
        assertThat(found(q("Zhang Wei"))).containsExactly(ZHANG.toString());
        assertThat(found(q("lina"))).as("the recipient").containsExactly(ZHANG.toString());
        assertThat(found(q("zw"))).containsExactly(ZHANG.toString());
    }

    @Test
    void an_order_is_found_by_the_names_its_products_were_sold_as_in_chinese_and_in_english() {
        assertThat(found(q("充电器"))).containsExactlyInAnyOrder(ZHANG.toString(), JOHN.toString());
        assertThat(found(q("无线充电器"))).containsExactlyInAnyOrder(ZHANG.toString(), JOHN.toString());
        assertThat(found(q("台灯"))).containsExactly(MIA.toString());
        assertThat(found(q("chargers"))).as("stemmed").containsExactlyInAnyOrder(ZHANG.toString(), JOHN.toString());
        assertThat(found(q("desk lamp"))).containsExactly(MIA.toString());
        assertThat(found(q("ks-legacy-mug"))).as("a line without a name: by its product id").containsExactly(LEI.toString());
    }

    @Test
    void every_word_must_be_found_but_a_person_and_a_product_may_be_named_together() {
        assertThat(found(q("Mia lamp"))).containsExactly(MIA.toString());
        assertThat(found(q("张伟 充电器"))).containsExactly(ZHANG.toString());
        assertThat(found(q("Mia charger"))).isEmpty();
    }

    @Test
    void statuses_are_alternatives() {
        assertThat(found("status=PAID&status=CANCELLED")).containsExactlyInAnyOrder(ZHANG.toString(), LEI.toString());
        assertThat(found("status=shipped")).containsExactly(JOHN.toString());
    }

    @Test
    void the_payment_method_filters_by_the_method_the_payment_uses_or_the_one_chosen_at_checkout() {
        assertThat(found("paymentMethod=WECHAT_PAY")).containsExactly(MIA.toString());
        assertThat(found("paymentMethod=card")).containsExactlyInAnyOrder(LEI.toString(), JOHN.toString());
    }

    @Test
    void a_date_range_takes_whole_days_in_the_malls_zone_or_exact_moments() {
        assertThat(http.get("/api/search/orders?from=2030-03-02&to=2030-03-03", staff).body().path("total").asInt()).isEqualTo(2);
        assertThat(ids(http.get("/api/search/orders?from=2030-03-02&to=2030-03-03&sort=placedAt,asc", staff)))
                .containsExactly(MIA.toString(), LEI.toString());
        assertThat(ids(http.getEncoded("/api/search/orders?from=2030-03-02T10:00:00%2B08:00&to=2030-03-03T10:00:00%2B08:00", staff)))
                .as("from included, a moment in to excluded").containsExactly(MIA.toString());
        assertThat(ids(http.get("/api/search/orders?from=2030-03-04T02:00:00Z&to=2030-03-04T02:00:01Z", staff)))
                .containsExactly(JOHN.toString());
    }

    @Test
    void a_total_range_is_exact_to_the_smallest_amount() {
        assertThat(found("minTotal=0.07&maxTotal=0.07")).containsExactly(OLD.toString());
        assertThat(found("minTotal=0.08&maxTotal=20")).containsExactly(LEI.toString());
        assertThat(found("minTotal=300&currency=CNY")).containsExactlyInAnyOrder(ZHANG.toString(), MIA.toString());
        assertThat(found("maxTotal=328.99&minTotal=21")).as("50.00 in any currency").containsExactly(JOHN.toString());
    }

    @Test
    void the_currency_filters_by_the_orders_currency() {
        assertThat(found("currency=usd")).containsExactly(JOHN.toString());
    }

    @Test
    void filters_and_text_combine() {
        assertThat(found(q("充电器") + "&status=SHIPPED&currency=USD")).containsExactly(JOHN.toString());
        assertThat(found(q("充电器") + "&status=SHIPPED&currency=CNY")).isEmpty();
    }

    @Test
    void a_hit_shows_whom_the_order_names_what_is_in_it_and_where_it_and_its_payment_stand() {
        Answer answer = http.getEncoded(search(q("zhang.wei@example.com")), staff);

        var hit = answer.body().path("hits").get(0);
        assertThat(answer.body().path("total").asInt()).isOne();
        assertThat(hit.path("status").asText()).isEqualTo("PAID");
        assertThat(hit.path("total").path("amount").asText()).isEqualTo("398.00");
        assertThat(hit.path("total").path("currency").asText()).isEqualTo("CNY");
        assertThat(hit.path("contact").path("name").asText()).isEqualTo("张伟");
        assertThat(hit.path("contact").path("phone").asText()).isEqualTo("+8613800001111");
        assertThat(hit.path("recipient").path("name").asText()).isEqualTo("李娜");
        assertThat(hit.path("products").get(0).path("name").path("zh").asText()).isEqualTo("KS 无线充电器 Pro");
        assertThat(hit.path("paymentMethod").asText()).isEqualTo("ALIPAY");
        assertThat(hit.path("paymentStatus").asText()).isEqualTo("SUCCEEDED");
        assertThat(hit.path("region").asText()).isEqualTo("SH");
        assertThat(hit.path("lineCount").asInt()).isOne();
        assertThat(hit.path("placedAt").asText()).isEqualTo("2030-03-01T02:00:00Z");
        assertThat(answer.body().has("next")).as("a single page has no next").isFalse();
    }

    @Test
    void an_order_from_before_checkout_details_is_found_and_shown_without_them() {
        var hit = http.get(search("minTotal=0.07&maxTotal=0.07"), staff).body().path("hits").get(0);

        assertThat(hit.path("orderId").asText()).isEqualTo(OLD.toString());
        assertThat(hit.has("contact")).isFalse();
        assertThat(hit.path("products").get(0).path("name").path("en").asText()).isEqualTo("ks-sticker");
    }
}
