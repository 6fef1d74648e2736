package io.kiosk.query.analytics;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.Role;
import io.kiosk.query.HttpClientForTests.Answer;
import io.kiosk.query.QuerySideHttpTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** Reports asked for wrongly answer 400 problem details naming the parameter, in JSON even to a CSV asker. */
class AnalyticsRequestsHttpTest extends QuerySideHttpTest {

    private static String analyst() {
        return identity.accessToken(CustomerId.random(), Role.ANALYST);
    }

    @ParameterizedTest(name = "{0} is a problem with {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/analytics/sales?to=2031-03-09                                    | from
            /api/analytics/sales?from=2031-03-03                                  | to
            /api/analytics/sales?from=2031-3-3&to=2031-03-09                      | from
            /api/analytics/funnel?from=2031-03-03&to=tomorrow                     | to
            /api/analytics/refunds?from=2031-03-09&to=2031-03-03                  | to
            /api/analytics/heatmap?from=2030-01-01&to=2031-01-02                  | to
            /api/analytics/sales?from=2031-03-03&to=2031-03-09&by=week            | by
            /api/analytics/refunds?from=2031-03-03&to=2031-03-09&by=category      | by
            /api/analytics/top-products?from=2031-03-03&to=2031-03-09&by=margin   | by
            /api/analytics/top-products?from=2031-03-03&to=2031-03-09&limit=0     | limit
            /api/analytics/top-products?from=2031-03-03&to=2031-03-09&limit=101   | limit
            /api/analytics/top-products?from=2031-03-03&to=2031-03-09&limit=ten   | limit
            /api/analytics/payment-methods                                        | from
            /api/analytics/sales?from=2031-03-03&to=2031-03-09&position=-1        | position
            """)
    void a_parameter_that_cannot_be_used_is_named_in_a_400_problem(String path, String field) {
        for (MediaType accept : new MediaType[] {MediaType.APPLICATION_JSON, AnalyticsHttpTest.CSV}) {
            Answer answer = http.get(path, analyst(), accept);

            assertThat(answer.status()).as("%s as %s: %s", path, accept, answer).isEqualTo(400);
            assertThat(answer.contentType()).as("%s as %s", path, accept).isEqualTo("application/problem+json");
            assertThat(answer.field("type")).isEqualTo("/problems/invalid-request");
            assertThat(answer.field("field")).as("%s: %s", path, answer).isEqualTo(field);
        }
    }

    @Test
    void a_grouping_that_does_not_exist_lists_the_ones_that_do() {
        Answer answer = http.get("/api/analytics/sales?from=2031-03-03&to=2031-03-09&by=week", analyst());

        assertThat(answer.body().path("allowed").toString()).isEqualTo("[\"day\",\"category\",\"product\"]");
    }

    @Test
    void a_period_of_366_days_is_the_longest_there_is() {
        assertThat(http.get("/api/analytics/sales?from=2030-01-01&to=2030-12-31", analyst()).status()).isEqualTo(200);
        assertThat(http.get("/api/analytics/sales?from=2031-01-01&to=2032-01-01", analyst()).status()).isEqualTo(200);
        assertThat(http.get("/api/analytics/sales?from=2031-01-01&to=2032-01-02", analyst()).field("detail"))
                .isEqualTo("to: a period covers at most 366 days: from 2031-01-01 to 2032-01-02 is 367");
    }

    @Test
    void without_an_accept_header_or_with_any_type_the_answer_is_json() {
        Answer plain = http.get("/api/analytics/funnel?from=2031-03-03&to=2031-03-03", analyst());
        Answer anything = http.get("/api/analytics/funnel?from=2031-03-03&to=2031-03-03", analyst(), MediaType.ALL);

        assertThat(plain.contentType()).isEqualTo("application/json");
        assertThat(anything.contentType()).isEqualTo("application/json");
        assertThat(http.get("/api/analytics/funnel?from=2031-03-03&to=2031-03-03", analyst(), MediaType.TEXT_HTML).status())
                .isEqualTo(406);
    }
}
