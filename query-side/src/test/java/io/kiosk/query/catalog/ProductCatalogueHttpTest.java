package io.kiosk.query.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.kiosk.api.catalog.ProductDefined;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.Role;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.catalog.ProductPublished;
import io.kiosk.api.catalog.ProductRevised;
import io.kiosk.api.catalog.ProductWithdrawn;
import io.kiosk.api.order.OrderId;
import io.kiosk.query.ExampleEvents;
import io.kiosk.query.HttpClientForTests.Answer;
import io.kiosk.query.QuerySideHttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browsing the catalogue over HTTP, built by the catalog processor from product, stock and order
 * events. The products here live in a category of their own, which each search names, so that the
 * products of other test classes in the same index never count.
 */
class ProductCatalogueHttpTest extends QuerySideHttpTest {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String DESK = "desk-" + SUFFIX, OLD = "old-" + SUFFIX;
    private static final ProductId CHARGER = new ProductId("ks-charger-" + SUFFIX);
    private static final ProductId LAMP = new ProductId("ks-lamp-" + SUFFIX);
    private static final ProductId GONE = new ProductId("ks-gone-" + SUFFIX);
    private static boolean recorded;

    @Autowired
    private JdbcClient jdbc;

    /** A charger (revised once, 3 sold, in stock) and a lamp (sold out); a third product was withdrawn. */
    @BeforeEach
    void aChargerAndALampOnSale() {
        if (!recorded) {
            history.record(ExampleEvents.PRODUCT, CHARGER, new ProductDefined(CHARGER, ExampleEvents.charger(OLD)),
                    new ProductPublished(CHARGER), new ProductRevised(CHARGER, ExampleEvents.charger(DESK)));
            history.record(ExampleEvents.PRODUCT, LAMP, new ProductDefined(LAMP, ExampleEvents.lamp(DESK)), new ProductPublished(LAMP));
            history.record(ExampleEvents.PRODUCT, GONE, new ProductDefined(GONE, ExampleEvents.lamp(DESK)), new ProductPublished(GONE),
                    new ProductWithdrawn(GONE));
            var chargers = ExampleEvents.counted(CHARGER, Map.of("colour", "graphite", "size", "L"), 12);
            history.record(ExampleEvents.STOCK_ITEM, chargers.stockItemId(), chargers);
            var lamps = ExampleEvents.counted(LAMP, Map.of("colour", "white"), 0);
            history.record(ExampleEvents.STOCK_ITEM, lamps.stockItemId(), lamps);
            OrderId order = OrderId.random();
            history.record(ExampleEvents.ORDER, order, ExampleEvents.orderPlaced(order, CHARGER, 3));
            recorded = true;
        }
        eventually(search("sort=price_asc"), null, answer -> answer.body().path("total").asInt() == 2
                && answer.body().path("hits").get(0).path("unitsSold").asInt() == 3
                && answer.body().path("hits").get(0).path("inStock").asBoolean());
    }

    /** A search over this class's category only. */
    private static String search(String parameters) {
        return "/api/products?category=" + DESK + "&" + parameters;
    }

    private static List<String> ids(Answer answer) {
        List<String> ids = new ArrayList<>();
        answer.body().path("hits").forEach(hit -> ids.add(hit.path("productId").asText()));
        return ids;
    }

    private static long count(JsonNode facet, String value) {
        for (JsonNode entry : facet) {
            if (entry.path("value").asText().equals(value)) {
                return entry.path("count").asLong();
            }
        }
        return 0;
    }

    @Test
    void a_chinese_word_finds_the_charger_by_its_chinese_name() {
        Answer answer = http.get(search("q=充电器"), null);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(ids(answer)).containsExactly(CHARGER.value());
        JsonNode hit = answer.body().path("hits").get(0);
        assertThat(hit.path("name").path("zh").asText()).isEqualTo("KS 无线充电器 Pro");
        assertThat(hit.path("fromPrice").path("amount").asText()).isEqualTo("199.00");
        assertThat(hit.path("category").asText()).isEqualTo(DESK);
    }

    @Test
    void english_words_in_any_form_find_the_lamp() {
        assertThat(ids(http.get(search("q=lamps"), null))).containsExactly(LAMP.value());
        assertThat(ids(http.get(search("q=white lamp"), null))).containsExactly(LAMP.value());
        assertThat(ids(http.get(search("q=graphite"), null))).containsExactlyInAnyOrder(CHARGER.value(), LAMP.value());
    }

    @Test
    void filters_sort_and_paging_answer_with_the_total_and_facets_that_ignore_their_own_filter() {
        Answer cheapestFirst = http.get(search("sort=price_asc&size=1&page=0"), null);
        Answer secondPage = http.get(search("sort=price_asc&size=1&page=1"), null);
        Answer inStock = http.get(search("inStock=true"), null);
        Answer white = http.get(search("option=colour:white"), null);

        assertThat(ids(cheapestFirst)).containsExactly(CHARGER.value());
        assertThat(ids(secondPage)).containsExactly(LAMP.value());
        assertThat(secondPage.body().path("total").asInt()).isEqualTo(2);
        assertThat(secondPage.body().path("page").asInt()).isEqualTo(1);
        assertThat(ids(inStock)).containsExactly(CHARGER.value());
        assertThat(count(inStock.body().path("facets").path("inStock"), "false")).isEqualTo(1);
        assertThat(ids(white)).containsExactly(LAMP.value());
        JsonNode facets = white.body().path("facets");
        assertThat(count(facets.path("options").get(0).path("values"), "colour=graphite")).isEqualTo(2);
        assertThat(count(facets.path("options").get(0).path("values"), "colour=white")).isEqualTo(1);
        assertThat(facets.path("options").findValuesAsText("group")).containsExactly("colour");
        assertThat(count(facets.path("categories"), DESK)).isEqualTo(1);
        assertThat(count(facets.path("categories"), OLD)).isZero();
        assertThat(count(facets.path("inStock"), "false")).isEqualTo(1);
        assertThat(count(facets.path("inStock"), "true")).isZero();
    }

    @Test
    void a_product_page_shows_the_definition_stock_per_variant_and_units_sold() {
        Answer page = http.get("/api/products/" + CHARGER, null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().path("definition").path("category").asText()).isEqualTo(DESK);
        assertThat(page.body().path("definition").path("optionGroups").size()).isEqualTo(5);
        assertThat(page.body().path("variants").get(0).path("variant").path("colour").asText()).isEqualTo("graphite");
        assertThat(page.body().path("variants").get(0).path("status").asText()).isEqualTo("IN_STOCK");
        assertThat(page.text()).doesNotContain("onHand", "\"available\"");
        assertThat(page.body().path("unitsSold").asInt()).isEqualTo(3);
    }

    @Test
    void a_withdrawn_or_unknown_product_answers_404_and_a_malformed_id_400() {
        assertThat(http.get("/api/products/" + GONE, null).status()).isEqualTo(404);
        assertThat(http.get("/api/products/ks-never-" + SUFFIX, null).field("type")).isEqualTo("/problems/not-found");
        assertThat(ids(http.get(search("q=KS"), null))).doesNotContain(GONE.value());
        Answer malformed = http.get("/api/products/-dash-first", null);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.field("field")).isEqualTo("productId");
    }

    @ParameterizedTest(name = "{0} answers 400 naming {1}")
    @CsvSource(delimiter = '|', textBlock = """
            size=0                     | size
            size=101                   | size
            page=-1                    | page
            page=500&size=100          | page
            sort=cheapest              | sort
            minPrice=abc               | minPrice
            minPrice=-1                | minPrice
            minPrice=300&maxPrice=100  | maxPrice
            option=colour              | option
            option=colour:             | option
            category=Not%20a%20category | category
            inStock=maybe              | inStock
            """)
    void a_bad_search_parameter_answers_400_naming_it(String parameters, String field) {
        Answer answer = http.get("/api/products?" + parameters, null);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.field("type")).isEqualTo("/problems/invalid-request");
        assertThat(answer.field("field")).isEqualTo(field);
    }

    @Test
    void an_unknown_sort_lists_the_sorts_there_are() {
        Answer answer = http.get("/api/products?sort=cheapest", null);

        assertThat(answer.body().path("allowed").toString()).contains("price_asc", "popularity", "newest");
    }

    @Test
    void replaying_the_catalogue_events_changes_neither_the_read_model_nor_the_search_answers() {
        String page = http.get("/api/products/" + CHARGER, null).text();
        String found = http.get(search("sort=price_asc"), null).text();

        replayEverything("catalog");

        assertThat(jdbc.sql("SELECT count(*) FROM catalog_sale WHERE product_id = :id").param("id", CHARGER.value())
                .query(Long.class).single()).isOne();
        assertThat(http.get("/api/products/" + CHARGER, null).text()).isEqualTo(page);
        assertThat(http.get(search("sort=price_asc"), null).text()).isEqualTo(found);
    }

    @Test
    void the_back_office_sees_every_product_in_any_state_with_its_exact_stock() {
        String clerk = identity.accessToken(CustomerId.random(), Role.BACK_OFFICE);

        Answer list = http.get("/api/admin/products?limit=500", clerk);
        Answer withdrawn = http.get("/api/admin/products/" + GONE, clerk);
        Answer lamp = http.get("/api/admin/products/" + LAMP, clerk);

        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.body().path("products").findValuesAsText("productId")).contains(CHARGER.value(), LAMP.value(), GONE.value());
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.body().path("published").asBoolean()).isFalse();
        assertThat(withdrawn.body().path("definition").path("category").asText()).isEqualTo(DESK);
        JsonNode charger = http.get("/api/admin/products/" + CHARGER, clerk).body();
        assertThat(charger.path("published").asBoolean()).isTrue();
        assertThat(charger.path("unitsSold").asInt()).isEqualTo(3);
        assertThat(charger.path("variants").get(0).path("onHand").asInt()).isEqualTo(12);
        assertThat(charger.path("variants").get(0).path("available").asInt()).isEqualTo(12);
        assertThat(lamp.body().path("variants").get(0).path("available").asInt()).isZero();
        assertThat(http.get("/api/admin/products?limit=0", clerk).body().path("field").asText()).isEqualTo("limit");
        assertThat(http.get("/api/admin/products/ks-never-" + SUFFIX, clerk).status()).isEqualTo(404);
    }
}
