package io.kiosk.query;

import io.kiosk.query.HttpClientForTests.Answer;

import static org.assertj.core.api.Assertions.assertThat;

/** What a client is answered while a store is out of reach: 503 problem details to ask again, giving nothing away. */
final class UnavailableAnswers {

    private UnavailableAnswers() {
    }

    static void assertUnavailable(Answer answer, String problemType) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.field("type")).isEqualTo(problemType);
        assertThat(answer.headers().getFirst("Retry-After")).isEqualTo("5");
        assertThat(answer.text()).doesNotContain("Exception", "io.kiosk", "java.", "jdbc");
    }
}
