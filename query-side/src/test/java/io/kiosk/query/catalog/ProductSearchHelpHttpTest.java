package io.kiosk.query.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.kiosk.api.catalog.LocalizedText;
import io.kiosk.api.catalog.ProductDefined;
import io.kiosk.api.catalog.ProductDefinition;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.catalog.ProductPublished;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.Role;
import io.kiosk.query.ExampleEvents;
import io.kiosk.query.FixedMallClock;
import io.kiosk.query.HttpClientForTests.Answer;
import io.kiosk.query.QuerySideHttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What helps a shopper find a product besides the search itself, over HTTP: suggestions as they type, synonyms staff
 * edit (in force for the next search, no reindex), "did you mean" and a fallback when nothing is found, and the
 * analysts' count of searches that found nothing. The product here has a name no other test uses: a levitating
 * globe whose English name carries this run's code word.
 */
class ProductSearchHelpHttpTest extends QuerySideHttpTest {

    private static final String CODE = randomLetters(10);
    private static final String CATEGORY = "globes-" + UUID.randomUUID().toString().substring(0, 8);
    private static final ProductId GLOBE = new ProductId("ks-globe-" + CODE);
    private static boolean recorded;

    @BeforeEach
    void aLevitatingGlobeOnSale() {
        if (!recorded) {
            ProductDefinition lamp = ExampleEvents.lamp(CATEGORY);
            ProductDefinition globe = new ProductDefinition(LocalizedText.of("KS 磁悬浮地球仪", "KS Levitating Globe " + CODE),
                    LocalizedText.of("悬浮旋转的地球仪", "A globe that floats and turns"), CATEGORY, lamp.images(),
                    lamp.basePrice(), lamp.optionGroups());
            history.record(ExampleEvents.PRODUCT, GLOBE, new ProductDefined(GLOBE, globe), new ProductPublished(GLOBE));
            recorded = true;
        }
        eventually("/api/products?category=" + CATEGORY, null, answer -> answer.body().path("total").asInt() == 1);
    }

    @Test
    void suggestions_complete_chinese_pinyin_initials_and_english_with_a_typo_forgiven() {
        assertThat(suggested("磁悬浮", "zh")).contains("KS 磁悬浮地球仪");
        assertThat(suggested("地球", "zh")).as("from a later character of the name").contains("KS 磁悬浮地球仪");
        assertThat(suggested("cixuanfu", "zh")).contains("KS 磁悬浮地球仪");
        assertThat(suggested("cxfd", "zh")).contains("KS 磁悬浮地球仪");
        assertThat(suggested("levitating globe " + CODE.substring(0, 4), "en")).contains("KS Levitating Globe " + CODE);
        assertThat(suggested("levitatng globe " + CODE.substring(0, 4), "en")).contains("KS Levitating Globe " + CODE);
        Answer answer = http.getEncoded("/api/products/suggestions?q=" + encode("磁悬浮"), null);
        assertThat(answer.body().path("suggestions").get(0).path("productId").asText()).isEqualTo(GLOBE.value());
    }

    @Test
    void suggestions_refuse_a_missing_text_an_unknown_language_and_too_many() {
        assertThat(http.get("/api/products/suggestions", null).body().path("field").asText()).isEqualTo("q");
        assertThat(http.get("/api/products/suggestions?q=ks&lang=fr", null).body().path("field").asText()).isEqualTo("lang");
        assertThat(http.get("/api/products/suggestions?q=ks&size=11", null).status()).isEqualTo(400);
    }

    @Test
    void a_synonym_staff_add_is_used_by_the_next_search_and_gone_from_it_once_removed() {
        String staff = identity.accessToken(CustomerId.random(), Role.BACK_OFFICE);
        String word = "moonlamp" + CODE;
        assertThat(found(word)).isEmpty();

        Answer added = http.post("/api/search/synonyms", staff,
                "{\"id\":\"globe-" + CODE.toLowerCase() + "\",\"terms\":[\"" + word + "\",\"" + CODE + "\"]}");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.headers().getLocation()).hasToString("/api/search/synonyms/globe-" + CODE.toLowerCase());
        assertThat(found(word)).containsExactly(GLOBE.value());

        Answer listed = http.get("/api/search/synonyms", staff);
        assertThat(listed.body().findValuesAsText("id")).contains("globe-" + CODE.toLowerCase(), "power-bank");

        Answer removed = http.send(HttpMethod.DELETE, "/api/search/synonyms/globe-" + CODE.toLowerCase(), staff);
        assertThat(removed.status()).isEqualTo(204);
        assertThat(found(word)).isEmpty();
    }

    @Test
    void synonym_sets_are_for_staff_and_refuse_what_the_rules_cannot_hold() {
        String staff = identity.accessToken(CustomerId.random(), Role.BACK_OFFICE);
        String customer = identity.accessToken(CustomerId.random(), Role.CUSTOMER);
        assertThat(http.post("/api/search/synonyms", customer, "{\"terms\":[\"a\",\"b\"]}").status()).isEqualTo(403);
        assertThat(http.get("/api/search/synonyms", null).status()).isEqualTo(401);
        Answer one = http.post("/api/search/synonyms", staff, "{\"terms\":[\"" + CODE + "\"]}");
        assertThat(one.status()).isEqualTo(400);
        assertThat(one.body().path("field").asText()).isEqualTo("terms");
        Answer comma = http.post("/api/search/synonyms", staff, "{\"terms\":[\"" + CODE + "\",\"a, b\"]}");
        assertThat(comma.body().path("field").asText()).isEqualTo("terms[1]");
        Answer taken = http.post("/api/search/synonyms", staff, "{\"terms\":[\"" + CODE + "\",\"充电宝\"]}");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body().path("type").asText()).isEqualTo("/problems/synonym-term-taken");
        assertThat(http.send(HttpMethod.PUT, "/api/search/synonyms/no-such-set", staff, "{\"terms\":[\"a\",\"b\"]}").status())
                .isEqualTo(404);
    }

    @Test
    void chinese_typed_with_the_wrong_characters_of_the_same_sound_gets_a_did_you_mean_with_its_products() {
        Answer answer = http.getEncoded("/api/products?category=" + CATEGORY + "&q=" + encode("地球宜"), null);
        assertThat(answer.body().path("total").asInt()).isZero();
        assertThat(answer.body().path("didYouMean").asText()).isEqualTo("地球仪");
        assertThat(answer.body().path("fallback").path("reason").asText()).isEqualTo("DID_YOU_MEAN");
        assertThat(answer.body().path("fallback").path("products").get(0).path("productId").asText()).isEqualTo(GLOBE.value());
    }

    @Test
    void a_search_that_finds_nothing_shows_best_sellers_instead_and_is_counted_for_analysts_without_who_searched() {
        String nothing = "qqxz" + CODE;
        Answer answer = http.getEncoded("/api/products?q=" + encode(nothing.toUpperCase()), null);
        assertThat(answer.body().path("total").asInt()).isZero();
        assertThat(answer.body().path("fallback").path("reason").asText()).isIn("CLOSEST_CATEGORY", "POPULAR");
        assertThat(answer.body().path("fallback").path("products")).isNotEmpty();
        http.getEncoded("/api/products?q=" + encode(nothing), null);
        http.getEncoded("/api/products?q=" + encode("call me on 138 0013 8000"), null);

        String analyst = identity.accessToken(CustomerId.random(), Role.ANALYST);
        String period = "from=" + FixedMallClock.TODAY + "&to=" + FixedMallClock.TODAY;
        Answer report = http.get("/api/analytics/search-misses?" + period + "&limit=1000", analyst);
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        JsonNode row = null;
        for (JsonNode each : report.body().path("rows")) {
            if (each.path("query").asText().equals(nothing.toLowerCase())) {
                row = each;
            }
            assertThat(each.path("query").asText()).doesNotContain("138");
        }
        assertThat(row).as("the miss counted, lower-cased").isNotNull();
        assertThat(row.path("misses").asLong()).isEqualTo(2);
        assertThat(http.get("/api/analytics/search-misses?" + period, identity.accessToken(CustomerId.random(),
                Role.BACK_OFFICE)).status()).isEqualTo(403);
    }

    private List<String> found(String text) {
        Answer answer = http.getEncoded("/api/products?category=" + CATEGORY + "&q=" + encode(text), null);
        List<String> ids = new ArrayList<>();
        answer.body().path("hits").forEach(hit -> ids.add(hit.path("productId").asText()));
        return ids;
    }

    private List<String> suggested(String text, String language) {
        Answer answer = http.getEncoded("/api/products/suggestions?size=10&lang=" + language + "&q=" + encode(text), null);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.body().path("suggestions").findValuesAsText("name");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String randomLetters(int count) {
        Random random = new Random();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < count; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }
}
