package io.kiosk.query.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.ProductDefined;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.Role;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.catalog.ProductPublished;
import io.kiosk.api.catalog.ProductWithdrawn;
import io.kiosk.api.inventory.StockItemId;
import io.kiosk.api.inventory.VariantMadeToOrder;
import io.kiosk.query.ExampleEvents;
import io.kiosk.query.FixedMallClock;
import io.kiosk.query.HttpClientForTests.Answer;
import io.kiosk.query.QuerySideHttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live quotes over HTTP, from the catalogue read model, with the mall's clock stopped on 25
 * November 2026. The charger on sale has graphite/large in stock (20), rose gold/large nearly sold
 * out (6), graphite/small all but gone (1) and rose gold/small made to order in ten days.
 */
class QuoteHttpTest extends QuerySideHttpTest {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final ProductId CHARGER = new ProductId("ks-quote-" + SUFFIX);
    private static final ProductId WITHDRAWN = new ProductId("ks-quote-gone-" + SUFFIX);
    private static boolean recorded;

    @BeforeEach
    void aChargerOnSaleWithItsStock() {
        if (!recorded) {
            history.record(ExampleEvents.PRODUCT, CHARGER, new ProductDefined(CHARGER, ExampleEvents.charger("chargers")),
                    new ProductPublished(CHARGER));
            stocked(Map.of("colour", "graphite", "size", "L"), 20);
            stocked(Map.of("colour", "rose", "size", "L"), 6);
            stocked(Map.of("colour", "graphite", "size", "S"), 1);
            ChosenOptions roseSmall = new ChosenOptions(Map.of("colour", "rose", "size", "S"));
            StockItemId roseSmallItem = StockItemId.of(CHARGER, roseSmall);
            history.record(ExampleEvents.STOCK_ITEM, roseSmallItem, new VariantMadeToOrder(roseSmallItem, CHARGER, roseSmall, 10));
            history.record(ExampleEvents.PRODUCT, WITHDRAWN, new ProductDefined(WITHDRAWN, ExampleEvents.charger("chargers")),
                    new ProductPublished(WITHDRAWN), new ProductWithdrawn(WITHDRAWN));
            recorded = true;
        }
        eventually("/api/products/" + CHARGER, null, answer -> answer.status() == 200 && answer.body().path("variants").size() == 4);
    }

    private void stocked(Map<String, String> variant, int onHand) {
        var counted = ExampleEvents.counted(CHARGER, variant, onHand);
        history.record(ExampleEvents.STOCK_ITEM, counted.stockItemId(), counted);
    }

    private Answer quote(String options, Object quantity, String region) {
        return quote(CHARGER.value(), options, quantity, region);
    }

    private Answer quote(String product, String options, Object quantity, String region) {
        return http.post("/api/quotes", null, "{\"productId\":\"" + product + "\",\"options\":" + options
                + ",\"quantity\":" + quantity + ",\"region\":\"" + region + "\"}");
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(field == null ? element.asText() : element.path(field).asText()));
        return texts;
    }

    @Test
    void a_quote_breaks_the_price_down_per_unit_totals_it_and_says_when_it_arrives() {
        Answer quote = quote("{\"colour\":\"graphite\",\"size\":\"L\"}", 2, "SH");

        assertThat(quote.status()).as(quote.toString()).isEqualTo(200);
        JsonNode price = quote.body().path("price");
        assertThat(texts(price.path("components"), "code")).containsExactly("base", "colour=graphite", "size=L");
        assertThat(texts(price.path("components"), null)).hasSize(3);
        assertThat(price.path("components").get(2).path("amount").path("amount").asText()).isEqualTo("19.90");
        assertThat(price.path("components").get(2).path("label").path("en").asText()).isEqualTo("Size: Large");
        assertThat(price.path("unitPrice").path("amount").asText()).isEqualTo("218.90");
        assertThat(price.path("quantity").asInt()).isEqualTo(2);
        assertThat(price.path("total").path("amount").asText()).isEqualTo("437.80");
        assertThat(price.path("total").path("currency").asText()).isEqualTo("CNY");
        assertThat(quote.field("stock")).isEqualTo("IN_STOCK");
        assertThat(quote.body().path("available").asInt()).isEqualTo(20);
        assertThat(quote.field("region")).isEqualTo("SH");
        assertThat(quote.body().path("delivery").path("earliest").asText()).isEqualTo(FixedMallClock.TODAY.plusDays(2).toString());
        assertThat(quote.body().path("delivery").path("latest").asText()).isEqualTo(FixedMallClock.TODAY.plusDays(2).toString());
    }

    @Test
    void every_chosen_option_adds_its_price_and_engraving_adds_its_days_of_work() {
        Answer quote = quote("{\"size\":\"L\",\"colour\":\"graphite\",\"functions\":\"wireless, fast\",\"service\":\"care\","
                + "\"engraving\":\"For Mia\"}", 1, "bj");

        assertThat(quote.status()).as(quote.toString()).isEqualTo(200);
        assertThat(texts(quote.body().path("price").path("components"), "code")).containsExactly("base", "colour=graphite",
                "engraving=engraved", "functions=fast", "functions=wireless", "service=care", "size=L");
        assertThat(quote.body().path("price").path("unitPrice").path("amount").asText()).isEqualTo("341.75");
        assertThat(quote.body().path("options").path("functions").asText()).isEqualTo("fast,wireless");
        assertThat(quote.field("region")).isEqualTo("BJ");
        assertThat(quote.body().path("delivery").path("earliest").asText()).isEqualTo("2026-11-30");
        assertThat(quote.body().path("delivery").path("latest").asText()).isEqualTo("2026-12-01");
    }

    @Test
    void the_stock_status_says_low_out_of_stock_or_made_to_order_and_only_goods_to_be_had_get_a_delivery_window() {
        Answer low = quote("{\"colour\":\"rose\",\"size\":\"L\"}", 2, "SH");
        Answer out = quote("{\"colour\":\"graphite\",\"size\":\"S\"}", 2, "SH");
        Answer madeToOrder = quote("{\"colour\":\"rose\",\"size\":\"S\"}", 3, "XJ");

        assertThat(low.field("stock")).as(low.toString()).isEqualTo("LOW");
        assertThat(low.body().path("available").asInt()).isEqualTo(6);
        assertThat(low.body().has("delivery")).isTrue();
        assertThat(out.field("stock")).as(out.toString()).isEqualTo("OUT_OF_STOCK");
        assertThat(out.body().path("available").asInt()).isEqualTo(1);
        assertThat(out.body().has("delivery")).isFalse();
        assertThat(madeToOrder.field("stock")).as(madeToOrder.toString()).isEqualTo("MADE_TO_ORDER");
        assertThat(madeToOrder.body().has("available")).isFalse();
        assertThat(madeToOrder.body().path("delivery").path("earliest").asText()).isEqualTo("2026-12-10");
        assertThat(madeToOrder.body().path("delivery").path("latest").asText()).isEqualTo("2026-12-13");
    }

    @Test
    void choices_that_cannot_go_together_answer_422_naming_the_conflicting_choices() {
        Answer wirelessButSmall = quote("{\"colour\":\"graphite\",\"size\":\"S\",\"functions\":\"wireless\"}", 1, "SH");
        Answer fastInRose = quote("{\"colour\":\"rose\",\"size\":\"L\",\"functions\":\"fast\"}", 1, "SH");

        assertThat(wirelessButSmall.status()).isEqualTo(422);
        assertThat(wirelessButSmall.contentType()).startsWith("application/problem+json");
        assertThat(wirelessButSmall.field("type")).isEqualTo("/problems/invalid-configuration");
        assertThat(wirelessButSmall.field("field")).isEqualTo("options.size");
        assertThat(texts(wirelessButSmall.body().path("conflicting"), null)).containsExactly("functions=wireless", "size=L");
        assertThat(wirelessButSmall.body().path("errors").get(0).path("message").asText()).isEqualTo("functions=wireless requires size=L");
        assertThat(fastInRose.status()).isEqualTo(422);
        assertThat(texts(fastInRose.body().path("conflicting"), null)).containsExactly("functions=fast", "colour=rose");
    }

    @Test
    void an_unknown_choice_and_a_missing_required_one_are_each_reported_with_their_field() {
        Answer answer = quote("{\"colour\":\"blue\"}", 1, "SH");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.field("field")).isEqualTo("options.colour");
        assertThat(texts(answer.body().path("errors"), "field")).containsExactly("options.colour", "options.size");
        assertThat(answer.body().path("errors").get(0).path("message").asText()).contains("graphite, rose");
    }

    @Test
    void a_product_that_is_not_on_sale_answers_404() {
        for (String product : List.of("ks-never-defined-" + SUFFIX, WITHDRAWN.value())) {
            Answer answer = quote(product, "{\"colour\":\"graphite\",\"size\":\"L\"}", 1, "SH");

            assertThat(answer.status()).as(product).isEqualTo(404);
            assertThat(answer.field("type")).isEqualTo("/problems/not-found");
        }
    }

    @Test
    void the_back_office_previews_a_product_that_is_not_on_sale_with_the_customers_rules() {
        String clerk = identity.accessToken(CustomerId.random(), Role.BACK_OFFICE);
        String body = "{\"productId\":\"" + WITHDRAWN + "\",\"options\":{\"colour\":\"graphite\",\"size\":\"L\"},"
                + "\"quantity\":1,\"region\":\"SH\"}";
        String forbidden = "{\"productId\":\"" + WITHDRAWN + "\",\"options\":{\"colour\":\"graphite\",\"size\":\"S\","
                + "\"functions\":\"wireless\"},\"quantity\":1,\"region\":\"SH\"}";

        Answer preview = http.post("/api/admin/quotes", clerk, body);
        Answer refused = http.post("/api/admin/quotes", clerk, forbidden);
        Answer never = http.post("/api/admin/quotes", clerk, body.replace(WITHDRAWN.value(), "ks-never-" + SUFFIX));

        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.body().path("price").path("unitPrice").path("amount").asText())
                .isEqualTo(quote("{\"colour\":\"graphite\",\"size\":\"L\"}", 1, "SH").body().path("price").path("unitPrice")
                        .path("amount").asText());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(never.status()).isEqualTo(404);
    }

    @Test
    void a_region_kiosk_does_not_deliver_to_answers_400_listing_the_regions_it_does() {
        Answer answer = quote("{\"colour\":\"graphite\",\"size\":\"L\"}", 1, "MARS");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.field("type")).isEqualTo("/problems/invalid-request");
        assertThat(answer.field("field")).isEqualTo("region");
        assertThat(texts(answer.body().path("allowed"), null)).contains("SH", "JZ", "BJ", "GD", "SC", "HK", "XJ", "XZ");
    }

    @ParameterizedTest(name = "quantity {0} answers 400")
    @ValueSource(strings = {"0", "-1", "1000", "\"two\"", "null"})
    void a_quantity_that_is_missing_or_out_of_range_answers_400_naming_it(String quantity) {
        Answer answer = quote("{\"colour\":\"graphite\",\"size\":\"L\"}", quantity, "SH");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.field("field")).isEqualTo("quantity");
        assertThat(answer.body().path("errors").get(0).path("field").asText()).isEqualTo("quantity");
    }

    @Test
    void a_malformed_product_id_or_body_answers_400() {
        Answer badId = quote("not a product!", "{}", 1, "SH");
        Answer notJson = http.post("/api/quotes", null, "{\"productId\": ");

        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.field("field")).isEqualTo("productId");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.field("type")).isEqualTo("/problems/malformed-json");
    }

    @Test
    void a_quote_without_a_product_id_answers_400_naming_it_not_500() {
        Answer missing = http.post("/api/quotes", null, "{\"options\":{},\"quantity\":1,\"region\":\"SH\"}");

        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
        assertThat(missing.field("field")).isEqualTo("productId");
    }
}
