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

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The query side while PostgreSQL is away (a restart, a failover): every read of a read model, the event log or the
 * projections' progress answers 503 problem details {@code store-unavailable} with {@code Retry-After}, never a 500,
 * and answers again once PostgreSQL is back. (An application of its own, reaching PostgreSQL through a relay the test
 * cuts off; the pool gives up waiting for a connection after 2 s instead of 30, so that the test is quick.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class PostgresDownTest {

    private static final IdentityStandIn identity = new IdentityStandIn();
    private static CutOffRelay postgres;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry properties) {
        QuerySideHttpTest.infrastructure(properties, identity.keySetUri());
        URI server = URI.create(TestDatabase.URL.substring("jdbc:".length()));
        postgres = new CutOffRelay(URI.create("http://" + server.getHost() + ":" + (server.getPort() < 0 ? 5432 : server.getPort())));
        String relayed = "jdbc:postgresql://localhost:" + postgres.uri().getPort() + server.getRawPath()
                + (server.getRawQuery() == null ? "" : "?" + server.getRawQuery());
        properties.add("spring.datasource.url", () -> relayed);
        properties.add("spring.datasource.hikari.connection-timeout", () -> "2000");
    }

    @AfterAll
    static void closeTheRelay() throws Exception {
        postgres.reconnect();
        postgres.close();
    }

    @LocalServerPort
    private int port;

    private HttpClientForTests http;

    @BeforeEach
    void client() {
        identity.publishKeys();
        http = new HttpClientForTests("http://localhost:" + port);
        postgres.reconnect();
    }

    private static void assertUnavailable(Answer answer) {
        UnavailableAnswers.assertUnavailable(answer, "/problems/store-unavailable");
    }

    @Test
    void reads_answer_503_to_ask_again_while_postgresql_is_away_and_answer_once_it_is_back() {
        String customer = identity.accessToken(CustomerId.random(), Role.CUSTOMER);
        String staff = identity.accessToken(CustomerId.random(), Role.BACK_OFFICE);
        String admin = identity.accessToken(CustomerId.random(), Role.ADMIN);
        String order = "/api/orders/" + UUID.randomUUID();
        assertThat(http.get(order, customer).status()).isEqualTo(404);
        assertThat(http.get("/api/admin/projections", staff).status()).isEqualTo(200);

        postgres.cutOff();
        assertUnavailable(http.get(order, customer));
        assertUnavailable(http.get("/api/orders", customer));
        assertUnavailable(http.get("/api/carts/current", customer));
        assertUnavailable(http.get(order + "/history", staff));
        assertUnavailable(http.get("/api/admin/projections", staff));
        assertUnavailable(http.get("/api/admin/dead-letters", staff));
        assertUnavailable(http.get("/api/analytics/sales?from=2026-12-01&to=2026-12-07", admin));

        postgres.reconnect();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(http.get(order, customer).status()).isEqualTo(404);
            assertThat(http.get("/api/admin/projections", staff).status()).isEqualTo(200);
        });
    }
}
