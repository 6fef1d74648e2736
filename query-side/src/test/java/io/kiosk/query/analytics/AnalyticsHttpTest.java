package io.kiosk.query.analytics;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.Role;
import io.kiosk.query.HttpClientForTests.Answer;
import io.kiosk.query.QuerySideHttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The analytics reports over HTTP, once the {@link AnalyticsStory} week is in the read model. Each report is
 * asked for twice, in JSON and in CSV, and both must give the same table, line by line.
 */
abstract class AnalyticsHttpTest extends QuerySideHttpTest {

    static final MediaType CSV = MediaType.parseMediaType("text/csv");
    private static final ObjectMapper EXACT = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void theWeekHappened() {
        AnalyticsStory.happened(history);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> AnalyticsStory.caughtUp(jdbc));
    }

    static String analyst() {
        return identity.accessToken(CustomerId.random(), Role.ANALYST);
    }

    /** The report as CSV: the header and every row, as lines; the answer must be CSV with CRLF line ends. */
    List<String> csv(String path) {
        Answer answer = http.get(path, analyst(), CSV);
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(answer.text()).endsWith("\r\n");
        return Arrays.asList(answer.text().substring(0, answer.text().length() - 2).split("\r\n", -1));
    }

    /** The report as JSON, written as CSV lines in the order of {@code header} (absent fields empty), after the header. */
    List<String> json(String path, String header) {
        Answer answer = http.get(path, analyst());
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("application/json");
        JsonNode body = exact(answer.text());
        List<String> columns = Arrays.asList(header.split(","));
        List<String> lines = new ArrayList<>(List.of(header));
        for (JsonNode row : body.path("rows")) {
            lines.add(String.join(",", columns.stream().map(column -> row.has(column) ? row.get(column).asText() : "").toList()));
        }
        return lines;
    }

    /** Asks for the report both ways and expects {@code expected} (a header line, then the rows) from each. */
    void answers(String path, String... expected) {
        assertThat(csv(path)).as("CSV of %s", path).containsExactly(expected);
        assertThat(json(path, expected[0])).as("JSON of %s", path).containsExactly(expected);
    }

    static JsonNode exact(String json) {
        try {
            return EXACT.readTree(json);
        } catch (IOException notJson) {
            throw new UncheckedIOException(notJson);
        }
    }
}
