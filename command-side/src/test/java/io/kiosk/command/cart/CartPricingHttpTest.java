package io.kiosk.command.cart;

import com.fasterxml.jackson.databind.JsonNode;
import io.kiosk.api.pricing.Money;
import io.kiosk.command.HttpClientForTests.Answer;
import io.kiosk.command.TestCheckout;
import io.kiosk.command.catalog.TestProducts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.POST;

/**
 * A cart prices each line itself, from the product's current published definition, and holds the
 * customer to no price but the current one; a line keeps its price when the product changes later.
 * Over HTTP, against the real event store (the stored {@code ItemAddedToCart} shows what the cart
 * decided). See {@link TestProducts} for the charger's prices.
 */
class CartPricingHttpTest extends ShoppingHttpTest {

    private JsonNode addedLine(String cart) throws Exception {
        return json.readTree(jdbc.queryForObject("select convert_from(payload, 'UTF8') from eventstore.domain_event_entry"
                + " where aggregate_identifier = ? and payload_type = 'io.kiosk.api.cart.ItemAddedToCart'"
                + " order by sequence_number desc limit 1", String.class, cart));
    }

    @Test
    void the_cart_prices_a_line_from_the_base_price_and_the_deltas_of_the_chosen_options() throws Exception {
        String cart = newCart();

        Answer added = http.send(POST, "/api/carts/" + cart + "/items", """
                {"productId":"%s","quantity":1,"options":{"colour":"rose","size":"XL","service":"care",
                 "functions":" wireless ","engraving":"  For Mia "}}""".formatted(chargerId));

        assertThat(added.status()).isEqualTo(201);
        JsonNode line = addedLine(cart);
        // 199.00 + rose 20.00 + XL 10 % (19.90) + care 15 % (29.85) + wireless 49.00 + engraving 15.00
        assertThat(line.path("unitPrice").path("amount").asText()).isEqualTo("332.75");
        assertThat(line.path("unitPrice").path("currency").asText()).isEqualTo("CNY");
        assertThat(line.path("options").toString()).isEqualTo(
                "{\"colour\":\"rose\",\"engraving\":\"For Mia\",\"functions\":\"wireless\",\"service\":\"care\",\"size\":\"XL\"}");
    }

    @Test
    void the_price_the_customer_saw_is_accepted_while_it_is_current() throws Exception {
        String cart = newCart();
        Answer added = http.send(POST, "/api/carts/" + cart + "/items", """
                {"productId":"%s","quantity":1,"options":{"colour":"graphite","size":"XL"},
                 "unitPrice":{"amount":"218.9","currency":"CNY"}}""".formatted(chargerId));
        assertThat(added.status()).isEqualTo(201);
        assertThat(addedLine(cart).path("unitPrice").path("amount").asText()).isEqualTo("218.90");
    }

    @Test
    void a_price_the_customer_saw_that_is_no_longer_current_is_refused_naming_the_current_one() {
        String cart = newCart();
        Answer answer = http.send(POST, "/api/carts/" + cart + "/items", twoChargers.replace("199.00", "179.00"));
        assertProblem(answer, 409, "price-changed", null);
        assertThat(answer.text("detail")).contains("199.00 CNY");
        assertThat(answer.body().path("currentUnitPrice").path("amount").asText()).isEqualTo("199.00");
        assertThat(answer.body().path("currentUnitPrice").path("currency").asText()).isEqualTo("CNY");
    }

    @Test
    void a_product_that_is_not_for_sale_cannot_be_put_in_a_cart() {
        String cart = newCart();
        String draft = TestProducts.uniqueId("ks-draft");
        assertThat(backOffice.define(draft, TestProducts.charger()).status()).isEqualTo(201);
        assertThat(backOffice.withdraw(lockId).status()).isEqualTo(200);

        for (String product : new String[] {"ks-never-defined", draft, lockId}) {
            assertProblem(http.send(POST, "/api/carts/" + cart + "/items", """
                    {"productId":"%s","quantity":1}""".formatted(product)), 422, "product-unavailable", "productId");
        }
    }

    @Test
    void options_that_do_not_go_together_are_refused_naming_the_conflicting_choices() {
        String cart = newCart();
        Answer answer = http.send(POST, "/api/carts/" + cart + "/items", """
                {"productId":"%s","quantity":1,"options":{"colour":"rose","size":"L","functions":"fast,wireless"}}"""
                .formatted(chargerId));

        assertProblem(answer, 422, "invalid-configuration", "options.colour");
        assertThat(answer.body().path("conflicting").toString()).isEqualTo("[\"functions=fast\",\"colour=rose\"]");
        assertThat(answer.body().path("errors").findValuesAsText("field")).containsExactly("options.colour", "options.size");
        assertThat(answer.body().path("errors").get(1).path("conflicting").toString())
                .isEqualTo("[\"functions=wireless\",\"size=XL\"]");
    }

    @Test
    void an_unknown_option_or_a_missing_required_one_is_refused_naming_it() {
        String cart = newCart();
        Answer answer = http.send(POST, "/api/carts/" + cart + "/items", """
                {"productId":"%s","quantity":1,"options":{"colour":"graphite","size":"L","gift-wrap":"yes"}}"""
                .formatted(chargerId));
        assertProblem(answer, 422, "invalid-configuration", "options.gift-wrap");

        assertProblem(http.send(POST, "/api/carts/" + cart + "/items", """
                {"productId":"%s","quantity":1,"options":{"colour":"graphite"}}""".formatted(chargerId)),
                422, "invalid-configuration", "options.size");
    }

    @Test
    void lines_keep_the_price_they_were_added_at_when_the_product_is_revised() {
        String cart = newCart();
        assertThat(http.send(POST, "/api/carts/" + cart + "/items", twoChargers).status()).isEqualTo(201);
        assertThat(backOffice.revise(chargerId, TestProducts.charger(Money.of("249.00", "CNY"))).status()).isEqualTo(200);

        assertProblem(http.send(POST, "/api/carts/" + cart + "/items", twoChargers), 409, "price-changed", null);
        assertThat(http.send(POST, "/api/carts/" + cart + "/items", """
                {"productId":"%s","quantity":1,"options":{"colour":"graphite","size":"L"}}""".formatted(chargerId))
                .status()).isEqualTo(201);
        String order = http.send(POST, "/api/carts/" + cart + "/checkout", TestCheckout.BODY).text("orderId");

        // the placement (sequence 0); the order process may already have added to the order's events
        assertThat(jdbc.queryForObject("select convert_from(payload, 'UTF8') from eventstore.domain_event_entry"
                + " where aggregate_identifier = ? and sequence_number = 0", String.class, order))
                .contains("\"total\":{\"amount\":\"647.00\",\"currency\":\"CNY\"}");
    }
}
