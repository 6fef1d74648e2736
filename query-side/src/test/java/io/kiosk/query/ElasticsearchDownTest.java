package io.kiosk.query;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.Role;
import io.kiosk.infra.embedded.CutOffRelay;
import io.kiosk.query.HttpClientForTests.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The query side while Elasticsearch is down: product and order search, suggestions, a change of the synonyms (which
 * is then not made) and a rebuild of a search index answer 503 problem details with {@code Retry-After} (a client is
 * to ask again, nothing is wrong with its request), never a 500, and searches answer again as soon as Elasticsearch
 * is back. (An application of its own, reaching Elasticsearch through a relay the test cuts off; closed afterwards.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class ElasticsearchDownTest {

    private static final IdentityStandIn identity = new IdentityStandIn();
    private static CutOffRelay elasticsearch;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry properties) {
        elasticsearch = new CutOffRelay(QuerySideHttpTest.elasticsearchUri());
        QuerySideHttpTest.infrastructure(properties, identity.keySetUri(), elasticsearch.uri());
    }

    @AfterAll
    static void closeTheRelay() throws Exception {
        elasticsearch.close();
    }

    @LocalServerPort
    private int port;

    private HttpClientForTests http;

    @BeforeEach
    void client() {
        identity.publishKeys();
        http = new HttpClientForTests("http://localhost:" + port);
        elasticsearch.reconnect();
    }

    private static void assertUnavailable(Answer answer) {
        UnavailableAnswers.assertUnavailable(answer, "/problems/search-unavailable");
    }

    @Test
    void searches_synonym_changes_and_index_rebuilds_answer_503_to_ask_again_while_elasticsearch_is_down_and_searches_answer_once_it_is_back() {
        String staff = identity.accessToken(CustomerId.random(), Role.BACK_OFFICE);
        assertThat(http.get("/api/products?q=charger", null).status()).isEqualTo(200);

        elasticsearch.cutOff();
        assertUnavailable(http.get("/api/products?q=charger", null));
        assertUnavailable(http.get("/api/products", null));
        assertUnavailable(http.get("/api/search/orders?q=Mia", staff));
        assertUnavailable(http.get("/api/products/suggestions?q=chong", null));
        assertUnavailable(http.post("/api/search/synonyms", staff, "{\"id\":\"while-down\",\"terms\":[\"夜灯\",\"night light\"]}"));
        assertThat(http.get("/actuator/health", null).status()).as("the query side says it is down").isEqualTo(503);
        Answer replay = http.post("/api/admin/projections/order-search/replay", staff, null);
        assertThat(replay.status()).as(replay.toString()).isEqualTo(503);
        assertThat(replay.field("type")).isEqualTo("/problems/store-unavailable");
        assertThat(replay.headers().getFirst("Retry-After")).isEqualTo("5");

        elasticsearch.reconnect();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(http.get("/api/products?q=charger", null).status()).isEqualTo(200);
            assertThat(http.get("/api/search/orders?q=Mia", staff).status()).isEqualTo(200);
        });
        assertThat(http.get("/api/search/synonyms/while-down", staff).status())
                .as("a synonym set Elasticsearch did not take was not kept").isEqualTo(404);
    }
}
