package io.kiosk.query.problems;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.Role;
import io.kiosk.query.HttpClientForTests.Answer;
import io.kiosk.query.QuerySideHttpTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the query API answers a client that asks for something it cannot give: a 400 naming the parameter, in fixed
 * words with the allowed values of a choice, for every number, page and date before any arithmetic is done with it
 * and for text that is not text; a body past its limit is a 413; health shows its parts to administrators only.
 */
class QueryProblemsHttpTest extends QuerySideHttpTest {

    private static final String[] INTERNALS = {"io.kiosk", "java.", "com.fasterxml", "Cannot deserialize", "No enum constant",
            "Exception"};

    private static Answer assertInvalid(Answer answer, String parameter) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.field("type")).isEqualTo("/problems/invalid-request");
        assertThat(answer.field("field")).isEqualTo(parameter);
        assertThat(answer.text()).doesNotContain(INTERNALS);
        return answer;
    }

    private String staff() {
        return identity.accessToken(CustomerId.random(), Role.BACK_OFFICE);
    }

    @Test
    void the_last_page_an_int_can_name_is_a_400_not_an_overflow_into_the_search_index() {
        assertInvalid(http.get("/api/products?page=2147483647&size=20", null), "page");
        assertInvalid(http.get("/api/products?page=2147483646&size=100", null), "page");
        assertInvalid(http.get("/api/products?page=99999999999", null), "page");
        assertThat(http.get("/api/products?page=499&size=20", null).status()).isEqualTo(200);
    }

    @Test
    void prices_and_search_words_are_bounded_before_they_reach_the_search_index() {
        assertInvalid(http.get("/api/products?minPrice=1e400", null), "minPrice");
        assertInvalid(http.get("/api/products?maxPrice=1e999999999", null), "maxPrice");
        assertInvalid(http.getEncoded("/api/products?q=charger%00", null), "q");
        assertInvalid(http.getEncoded("/api/search/orders?q=Mia%0D%0AChen", staff()), "q");
    }

    @Test
    void dates_at_the_end_of_time_are_refused_naming_the_parameter_instead_of_failing_the_arithmetic() {
        String staff = staff();
        assertInvalid(http.getEncoded("/api/search/orders?to=%2B999999999-12-31", staff), "to");
        assertInvalid(http.getEncoded("/api/search/orders?from=%2B999999999-12-31T00:00:00Z", staff), "from");
        assertInvalid(http.getEncoded("/api/search/orders?from=-999999999-01-01", staff), "from");
        assertInvalid(http.get("/api/search/orders?to=1970-01-01T00:00:00", staff), "to");
        assertThat(http.get("/api/search/orders?from=2026-01-01&to=2026-12-31", staff).status()).isEqualTo(200);

        String analyst = identity.accessToken(CustomerId.random(), Role.ANALYST);
        assertInvalid(http.getEncoded("/api/analytics/sales?from=%2B999999999-12-30&to=%2B999999999-12-31", analyst), "from");
        assertInvalid(http.get("/api/analytics/sales?from=9999-12-30&to=9999-12-31", analyst), "to");
    }

    @Test
    void an_unknown_status_names_the_allowed_ones_not_a_java_enum() {
        String customer = identity.accessToken(CustomerId.random(), Role.CUSTOMER);

        Answer orders = assertInvalid(http.get("/api/orders?status=LOST", customer), "status");
        assertThat(orders.field("detail")).startsWith("status: 'LOST' is not one of PLACED, ");
        assertThat(orders.body().path("allowed").toString()).contains("\"PAID\"", "\"CANCELLED\"");
        assertInvalid(http.get("/api/orders?page=2147483647", customer), "page");

        assertThat(assertInvalid(http.get("/api/search/orders?paymentMethod=BITCOIN", staff()), "paymentMethod")
                .body().path("allowed").toString()).isEqualTo("[\"CARD\",\"ALIPAY\",\"WECHAT_PAY\"]");
    }

    @Test
    void a_quote_with_a_value_of_the_wrong_type_is_named_in_plain_words() {
        Answer answer = assertInvalid(http.post("/api/quotes", null,
                "{\"productId\":\"ks-charger-pro\",\"options\":{},\"quantity\":\"two\",\"region\":\"SH\"}"), "quantity");
        assertThat(answer.field("detail")).isEqualTo("quantity: 'two' is not a whole number");

        assertInvalid(http.post("/api/quotes", null,
                "{\"productId\":\"ks-charger-pro\",\"options\":{\"engraving\":\"Mia\\u0000\"},\"quantity\":1,\"region\":\"SH\"}"),
                "options.engraving");
    }

    @Test
    void a_quote_larger_than_a_mebibyte_is_refused_before_it_is_read() {
        Answer answer = http.post("/api/quotes", null, "{\"productId\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}");

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.field("type")).isEqualTo("/problems/request-too-large");
    }

    @Test
    void anyone_sees_whether_the_query_side_is_up_and_only_an_administrator_sees_its_parts() {
        Answer anonymous = http.get("/actuator/health", null);
        Answer staff = http.get("/actuator/health", staff());
        Answer admin = http.get("/actuator/health", identity.accessToken(CustomerId.random(), Role.ADMIN));

        assertThat(anonymous.field("status")).isEqualTo("UP");
        assertThat(anonymous.body().has("components")).isFalse();
        assertThat(staff.body().has("components")).isFalse();
        assertThat(admin.body().path("components").path("elasticsearch").path("status").asText()).isEqualTo("UP");
        assertThat(admin.body().path("components").path("db").path("status").asText()).isEqualTo("UP");
    }
}
