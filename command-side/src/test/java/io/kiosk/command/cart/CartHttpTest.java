package io.kiosk.command.cart;

import io.kiosk.command.CommandSideHttpTest;
import io.kiosk.command.HttpClientForTests.Answer;
import io.kiosk.command.TestCheckout;
import io.kiosk.command.catalog.TestProducts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * The cart's command API over HTTP, against the real event store in PostgreSQL. Each test has the
 * back office offer its own charger and lock first (see {@link TestProducts} for their prices);
 * how the cart prices its lines is told in {@code CartPricingHttpTest}.
 */
class CartHttpTest extends ShoppingHttpTest {

    @Autowired
    @Qualifier("mallClock")
    Clock mallClock;

    /** The cart's problem details also repeat their status and never show a stack trace. */
    protected static void assertProblem(Answer answer, int status, String type, String field) {
        CommandSideHttpTest.assertProblem(answer, status, type, field);
        assertThat(answer.text("status")).isEqualTo(String.valueOf(status));
        assertThat(answer.body().has("trace")).isFalse();
    }

    @Test
    void a_customer_fills_a_cart_and_checks_it_out_into_an_order_stored_with_the_checkout() {
        String cart = newCart();

        Answer added = http.send(POST, "/api/carts/" + cart + "/items", twoChargers);
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.body().path("version").asLong()).isEqualTo(1);
        String item = added.text("itemId");

        Answer changed = http.send(PATCH, "/api/carts/" + cart + "/items/" + item, "{\"quantity\":3}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().path("version").asLong()).isEqualTo(2);

        Answer lock = http.send(POST, "/api/carts/" + cart + "/items", """
                {"productId":"%s","quantity":1,"unitPrice":{"amount":"899.5","currency":"CNY"}}""".formatted(lockId));
        assertThat(http.send(DELETE, "/api/carts/" + cart + "/items/" + lock.text("itemId"), null).status())
                .isEqualTo(200);

        assertThat(backOffice.http().send(PUT, "/api/products/" + chargerId + "/stock",
                "{\"options\":{\"colour\":\"graphite\",\"size\":\"L\"},\"onHand\":40}").status()).isEqualTo(200);

        LocalDate today = LocalDate.now(mallClock);
        Answer checkedOut = http.send(POST, "/api/carts/" + cart + "/checkout", TestCheckout.BODY);
        LocalDate todayAfter = LocalDate.now(mallClock);
        assertThat(checkedOut.status()).isEqualTo(201);
        String order = checkedOut.text("orderId");
        var confirmation = checkedOut.body();
        assertThat(confirmation.path("total").path("amount").asText()).isEqualTo("597.00");
        assertThat(confirmation.path("lines")).hasSize(1);
        assertThat(confirmation.path("lines").path(0).path("options").path("colour").asText()).isEqualTo("graphite");
        assertThat(confirmation.path("lines").path(0).path("quantity").asInt()).isEqualTo(3);
        assertThat(confirmation.path("lines").path(0).path("unitPrice").path("amount").asText()).isEqualTo("199.00");
        assertThat(confirmation.path("address").path("line1").asText()).isEqualTo("1 Nanjing Road");
        assertThat(confirmation.path("contact").path("email").asText()).isEqualTo(TestCheckout.EMAIL);
        assertThat(confirmation.path("paymentMethod").asText()).isEqualTo("ALIPAY");
        assertThat(confirmation.path("region").asText()).isEqualTo("SH");
        // in stock: a handling day, then one day's transit to Shanghai (the day may turn during the checkout)
        assertThat(confirmation.path("estimate").path("earliest").asText())
                .isIn(today.plusDays(2).toString(), todayAfter.plusDays(2).toString());
        assertThat(confirmation.path("estimate").path("latest").asText())
                .isEqualTo(confirmation.path("estimate").path("earliest").asText());

        // the order's first event, stored with the checkout; the order process continues it on its own
        assertThat(jdbc.queryForList("select payload_type from eventstore.domain_event_entry"
                + " where aggregate_identifier = ? order by sequence_number", String.class, order))
                .first().isEqualTo("io.kiosk.api.order.OrderPlaced");
        assertThat(jdbc.queryForObject("select convert_from(payload, 'UTF8') from eventstore.domain_event_entry"
                + " where aggregate_identifier = ? and sequence_number = 0", String.class, order))
                .contains("\"total\":{\"amount\":\"597.00\",\"currency\":\"CNY\"}")
                .contains("\"stockItemId\":\"" + chargerId + "/colour=graphite;size=L\"")
                .contains("\"paymentMethod\":\"ALIPAY\"", "\"region\":\"SH\"", "\"email\":{\"erasable\":\"v1:")
                // the contact is the customer's personal data: stored sealed with their key, never in the clear
                .doesNotContain("li.lei@example.com")
                .contains("\"estimate\":{\"earliest\":\"" + confirmation.path("estimate").path("earliest").asText() + "\"");
    }

    @Test
    void a_checkout_with_goods_out_of_stock_answers_no_delivery_estimate() {
        String cart = newCart();
        assertThat(http.send(POST, "/api/carts/" + cart + "/items", """
                {"productId":"%s","quantity":1,"unitPrice":{"amount":"899.5","currency":"CNY"}}""".formatted(lockId))
                .status()).isEqualTo(201);

        Answer checkedOut = http.send(POST, "/api/carts/" + cart + "/checkout", TestCheckout.BODY);

        assertThat(checkedOut.status()).isEqualTo(201);
        assertThat(checkedOut.body().has("estimate")).isFalse();
    }

    @Test
    void a_checkout_estimates_made_to_order_goods_with_their_lead_days_and_the_regions_transit() {
        assertThat(backOffice.http().send(PUT, "/api/products/" + chargerId + "/stock",
                "{\"options\":{\"colour\":\"graphite\",\"size\":\"L\"},\"madeToOrder\":{\"leadDays\":6}}")
                .status()).isEqualTo(200);
        String cart = newCart();
        assertThat(http.send(POST, "/api/carts/" + cart + "/items", twoChargers).status()).isEqualTo(201);

        LocalDate today = LocalDate.now(mallClock);
        Answer checkedOut = http.send(POST, "/api/carts/" + cart + "/checkout", TestCheckout.inBeijing("ALIPAY"));
        LocalDate todayAfter = LocalDate.now(mallClock);

        assertThat(checkedOut.status()).isEqualTo(201);
        // six days' making, then two to three days to Beijing
        String earliest = checkedOut.body().path("estimate").path("earliest").asText();
        assertThat(earliest).isIn(today.plusDays(8).toString(), todayAfter.plusDays(8).toString());
        assertThat(checkedOut.body().path("estimate").path("latest").asText())
                .isEqualTo(LocalDate.parse(earliest).plusDays(1).toString());
    }

    @Test
    void a_negative_quantity_is_refused_naming_the_field() {
        String cart = newCart();
        assertProblem(http.send(POST, "/api/carts/" + cart + "/items", twoChargers.replace("\"quantity\":2", "\"quantity\":-1")),
                400, "invalid-request", "quantity");
    }

    @Test
    void malformed_json_is_refused() {
        String cart = newCart();
        assertProblem(http.send(POST, "/api/carts/" + cart + "/items", "{\"productId\": \"" + chargerId + "\","),
                400, "malformed-json", null);
    }

    @Test
    void a_value_of_the_wrong_type_is_refused_naming_the_field() {
        String cart = newCart();
        assertProblem(http.send(POST, "/api/carts/" + cart + "/items", twoChargers.replace("\"quantity\":2", "\"quantity\":\"two\"")),
                400, "invalid-request", "quantity");
    }

    @Test
    void an_unknown_field_is_refused_naming_it() {
        String cart = newCart();
        assertProblem(http.send(POST, "/api/carts/" + cart + "/items", twoChargers.replace("{\"productId\"", "{\"discount\":50,\"productId\"")),
                400, "invalid-request", "discount");
    }

    @Test
    void missing_fields_are_all_reported() {
        String cart = newCart();
        Answer answer = http.send(POST, "/api/carts/" + cart + "/items", "{}");
        assertProblem(answer, 400, "invalid-request", "productId");
        // the unit price is optional: the cart prices the line itself
        assertThat(answer.body().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("productId", "quantity");
    }

    @Test
    void a_price_finer_than_its_currency_or_in_an_unknown_currency_is_refused() {
        String cart = newCart();
        assertProblem(http.send(POST, "/api/carts/" + cart + "/items", twoChargers.replace("199.00", "199.001")),
                400, "invalid-request", "unitPrice");
        assertProblem(http.send(POST, "/api/carts/" + cart + "/items", twoChargers.replace("CNY", "XYZ")),
                400, "invalid-request", "unitPrice");
    }

    @Test
    void an_unknown_cart_is_not_found() {
        assertProblem(http.send(POST, "/api/carts/" + UUID.randomUUID() + "/items", twoChargers), 404, "not-found", null);
        assertProblem(http.send(POST, "/api/carts/" + UUID.randomUUID() + "/checkout", TestCheckout.BODY), 404, "not-found", null);
    }

    @Test
    void an_unknown_item_is_not_found() {
        String cart = newCart();
        assertProblem(http.send(PATCH, "/api/carts/" + cart + "/items/" + UUID.randomUUID(), "{\"quantity\":1}"),
                404, "cart-item-not-found", "itemId");
    }

    @Test
    void an_id_that_is_not_a_uuid_is_refused_naming_it() {
        assertProblem(http.send(POST, "/api/carts/not-a-uuid/checkout", null), 400, "invalid-request", "cartId");
    }

    @Test
    void an_empty_cart_cannot_be_checked_out() {
        String cart = newCart();
        assertProblem(http.send(POST, "/api/carts/" + cart + "/checkout", TestCheckout.BODY), 409, "cart-empty", null);
    }

    @Test
    void a_checkout_says_where_the_goods_go_whom_to_tell_and_how_to_pay() {
        String cart = newCart();
        http.send(POST, "/api/carts/" + cart + "/items", twoChargers);

        assertProblem(http.send(POST, "/api/carts/" + cart + "/checkout", null), 400, "malformed-json", null);
        assertProblem(http.send(POST, "/api/carts/" + cart + "/checkout", TestCheckout.body("ALIPAY", "MARS")),
                400, "invalid-request", "region");
        assertProblem(http.send(POST, "/api/carts/" + cart + "/checkout", TestCheckout.body("CASH", "SH")),
                400, "invalid-request", "paymentMethod");
        assertProblem(http.send(POST, "/api/carts/" + cart + "/checkout",
                TestCheckout.withContactEmail("not-an-address", "CARD", "SH")), 400, "invalid-request", "contact.email");
        assertProblem(http.send(POST, "/api/carts/" + cart + "/checkout",
                TestCheckout.BODY.replace("\"country\":\"CN\"", "\"country\":\"China\"")), 400, "invalid-request", "address.country");
        assertThat(http.send(POST, "/api/carts/" + cart + "/checkout", TestCheckout.body("WECHAT_PAY", "sh")).status())
                .as("region codes are not case-sensitive").isEqualTo(201);
    }

    @Test
    void a_checked_out_cart_cannot_change() {
        String cart = newCart();
        http.send(POST, "/api/carts/" + cart + "/items", twoChargers);
        assertThat(http.send(POST, "/api/carts/" + cart + "/checkout", TestCheckout.BODY).status()).isEqualTo(201);

        assertProblem(http.send(POST, "/api/carts/" + cart + "/items", twoChargers), 409, "cart-checked-out", null);
        assertProblem(http.send(POST, "/api/carts/" + cart + "/checkout", TestCheckout.BODY), 409, "cart-checked-out", null);
    }

    @Test
    void another_customer_finds_no_such_cart() {
        String cart = newCart();
        String stranger = newCustomerToken();
        Answer answer = http.as(stranger).send(POST, "/api/carts/" + cart + "/items", twoChargers);
        assertProblem(answer, 404, "not-found", null);
    }

    @Test
    void unknown_routes_and_methods_answer_problem_details_too() {
        assertProblem(http.send(PATCH, "/api/carts", "{}"), 405, "method-not-allowed", null);
    }
}
